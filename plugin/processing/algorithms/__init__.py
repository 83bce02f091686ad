"""The Processing algorithms of the strikecheck provider, one module each."""
