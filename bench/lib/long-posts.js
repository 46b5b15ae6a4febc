// The scanner's benchmark texts, shared by bench/scanner.js, findings.js and compare-builds.js: every post of
// the labelled corpus (all four sets) with the corpus's scan options, and one 3,000-character post per corpus
// post, made of it and every seventh post after it (the size issue 14's goal is stated for).
'use strict';

const corpus = require('../../tests/corpus/hospital-posts.json');

const LONG_POST_CHARS = 3000;
const posts = [...corpus.posts, ...corpus.heldOut, ...corpus.heldOutSecond, ...corpus.heldOutThird];
const options = { allow: corpus.allow, mrnPatterns: corpus.mrnPatterns };

function longPosts() {
  const built = [];
  for (let first = 0; first < posts.length; first += 1) {
    let text = '';
    for (let next = first; text.length < LONG_POST_CHARS; next += 7)
      text += `${posts[next % posts.length].text}\n\n`;
    built.push(text.slice(0, LONG_POST_CHARS));
  }
  return built;
}

module.exports = { corpus, posts, options, longPosts };
