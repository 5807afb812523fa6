"""The sector taxonomy: NACE Rev. 2 manufacturing divisions, GB/T 4754-2017, summit themes."""
