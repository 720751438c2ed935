"""Key facts (counts, money, percentages, dates, organisations, people, places) found in a passage."""
