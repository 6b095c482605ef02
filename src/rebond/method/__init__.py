"""The method of the seeds as pure functions and data. Never imports Django."""
