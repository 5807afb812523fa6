"""Organisations: German companies, Chinese districts and parks, agencies, universities."""
