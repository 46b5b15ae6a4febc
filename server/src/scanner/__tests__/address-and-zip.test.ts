import { blocked, reported } from './checked-scan';

describe('addresses', () => {
  it('blocks a patient’s home address and ZIP code', () => {
    const text = 'Please send get-well cards to Juanita Reyes, 412 Alder St Apt 3, Salem, OR 97322.';
    expect(blocked(text, 'address')).toEqual(['412 Alder St Apt 3']);
    expect(blocked(text, 'zip')).toEqual(['97322']);
  });

  it('blocks where someone lives', () => {
    expect(
      blocked('Our patient Mr. Grady lives at 1187 Willow Creek Rd and needs a ride.', 'address'),
    ).toEqual(['1187 Willow Creek Rd']);
  });

  it('only warns for a clinic’s or a venue’s address', () => {
    const text = 'Our Westside clinic at 2250 Cedar Hills Blvd is accepting new patients.';
    expect(reported(text, 'address').map((finding) => [finding.text, finding.severity])).toEqual([
      ['2250 Cedar Hills Blvd', 'warn'],
    ]);
  });

  it('never reports the organisation’s own address', () => {
    const text = 'Pick up prescriptions at 1400 Larkspur Avenue, Millbrook, OR 97321, door 4.';
    expect(reported(text, 'address')).toEqual([]);
    expect(reported(text, 'zip')).toEqual([]);
  });

  it('blocks a patient’s town', () => {
    expect(
      blocked('We treated a 35-year-old man from Sweet Home after a logging accident.', 'address'),
    ).toEqual(['Sweet Home']);
    expect(blocked('Wish a speedy recovery to firefighter Tom Briggs of Beaverton!', 'address')).toEqual([
      'Beaverton',
    ]);
  });

  it('does not report the towns a service covers', () => {
    const text = 'Our volunteer drivers cover Millbrook, Sweet Home and Lebanon. Book two days ahead.';
    expect(reported(text, 'address')).toEqual([]);
  });

  it('does not take a count for a ZIP code', () => {
    expect(reported('Thanks to 12500 donors and 48000 screenings!', 'zip')).toEqual([]);
  });
});
