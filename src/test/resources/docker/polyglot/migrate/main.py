"""Sample migration job: runs to completion."""
print("migrations applied")
