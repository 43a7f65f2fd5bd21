"""Built-in transports. Each module imports its HTTP library, so import them only when used."""
