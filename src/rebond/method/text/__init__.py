"""Text in French and English: language identification and folding, French typography,
readable text out of HTML."""
