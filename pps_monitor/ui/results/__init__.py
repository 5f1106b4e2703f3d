"""Results of a partnership: the view, and one small class per page registered in
results.pages."""
