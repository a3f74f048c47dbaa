"""The HTTP API of polgraph: a FastAPI application that wires HTTP to the library."""
