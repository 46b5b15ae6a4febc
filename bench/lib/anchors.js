// The two published tools the scanner is measured against, each as text → [{ start, end }] of what it finds.
'use strict';

const { SyncRedactor } = require('redact-pii');
const { OpenRedaction } = require('openredaction');

// redact-pii returns only the redacted text: replacing every finding with one private-use character and
// aligning the text between them with the original gives back the spans it redacted.
const REDACTED = '\uE000';

function redactPiiTool() {
  const redactor = new SyncRedactor({ globalReplaceWith: REDACTED });
  return (text) => {
    const parts = redactor.redact(text).split(REDACTED);
    const spans = [];
    let position = parts[0].length;
    for (let index = 1; index < parts.length; index += 1) {
      const part = parts[index];
      // Two findings side by side leave an empty part: the next gap covers both.
      if (part === '' && index < parts.length - 1) continue;
      const at = index === parts.length - 1 ? text.length - part.length : text.indexOf(part, position + 1);
      if (at < position) break;
      spans.push({ start: position, end: at });
      position = at + part.length;
    }
    return spans;
  };
}

// Its default patterns: on the hospital corpus they find more than its 'hipaa' or 'healthcare' presets do.
function openRedactionTool(whitelist = []) {
  const openRedaction = new OpenRedaction({ whitelist });
  return async (text) => {
    const result = await openRedaction.detect(text);
    return result.detections.map((detection) => ({
      start: detection.position[0],
      end: detection.position[1],
    }));
  };
}

module.exports = { redactPiiTool, openRedactionTool };
