// How the corpus is scored, the same for the scanner's test and the benchmark: a labelled span is found
// when a reported span overlaps one of the places its text occurs in the post.
const isFound = (text, labelText, reported) => {
  for (let at = text.indexOf(labelText); at !== -1; at = text.indexOf(labelText, at + 1)) {
    const end = at + labelText.length;
    if (reported.some((span) => span.start < end && at < span.end)) return true;
  }
  return false;
};

module.exports = { isFound };
