"""Folkhälsopanelen: follow-up of Swedish public-health committees' goals."""
