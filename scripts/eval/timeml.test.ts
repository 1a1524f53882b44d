import { describe, expect, it } from 'vitest';
import { parseTimeml } from './timeml.js';

const doc = `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T18:30:00" temporalFunction="false" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
<TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> &amp; fell <TIMEX3 tid="t1" type="DATE" value="1998-01-05" temporalFunction="true">on <SIGNAL>Monday</SIGNAL></TIMEX3>, after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="1998" /></TEXT>
</TimeML>`;

describe('parseTimeml', () => {
  it('reads the text without tags, the creation date and the TIMEX3 spans', () => {
    const d = parseTimeml(doc);
    expect(d.text).toBe('Prices rose & fell on Monday, after three days.');
    expect(d.dct).toBe('1998-01-08');
    expect(d.timexes).toEqual([
      { start: 19, end: 28, text: 'on Monday', type: 'date', value: '1998-01-05' },
      { start: 36, end: 46, text: 'three days', type: 'duration', value: 'P3D' },
    ]);
  });

  it('has no creation date when the document gives none', () => {
    expect(parseTimeml('<TimeML><TEXT>Nothing.</TEXT></TimeML>').dct).toBeUndefined();
  });
});
