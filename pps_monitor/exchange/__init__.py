"""Files between laptops and to spreadsheets. No Qt."""
