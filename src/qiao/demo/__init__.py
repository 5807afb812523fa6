"""Demo data: the 2020 summit as reported, plus synthetic profiles in three languages."""
