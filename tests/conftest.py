"""The suite's single conftest: shared fixtures for every test package."""
