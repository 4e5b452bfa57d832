"""Training that closes the loop: drills graded against cited procedures, and district case trends."""
