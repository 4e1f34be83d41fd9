"""wirewatch.store"""
