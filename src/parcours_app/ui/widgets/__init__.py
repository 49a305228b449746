"""Small widgets shared by every page: a French date field with its message, form rows with buddies."""
