"""Shipped assets: in a wheel, ui/, resources/ and translations/ are installed below this package."""
