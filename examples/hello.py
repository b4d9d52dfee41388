print("Hello from Sidewinder!")
