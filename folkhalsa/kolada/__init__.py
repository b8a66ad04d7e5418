"""Kolada (RKA's open database of municipal key figures): the offline catalogue and a v3 client.

The catalogue (``data/kpi.csv``, ``data/municipality_groups.csv``; kommuner from ``folkhalsa/data/kommuner.csv``) ships with the package: real
Kolada records (Källa: Kolada, RKA), so a KPI can be searched without a network.
"""
