import { blocked, reported } from './checked-scan';

describe('addresses', () => {
  it('blocks a patient’s home address and ZIP code', () => {
    const text = 'Please send get-well cards to Juanita Reyes, 412 Alder St Apt 3, Salem, OR 97322.';
    expect(blocked(text, 'address')).toEqual(['412 Alder St Apt 3, Salem, OR 97322']);
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

  it.each([
    ['She lives at 4410 Brandvej 17, Odense', '4410 Brandvej 17, Odense'],
    ['His address: 77 Rua das Flores 210, Porto', '77 Rua das Flores 210, Porto'],
    ['Send it to ul. Kwiatowa 12, Kraków', 'ul. Kwiatowa 12, Kraków'],
    ['My home is Hauptstraße 5\n10115 Berlin\nGermany', 'Hauptstraße 5\n10115 Berlin\nGermany'],
    ['Mail to 12 Avenue Victor Hugo 3, Lyon, France', '12 Avenue Victor Hugo 3, Lyon, France'],
  ])('finds a street address written as other countries write it: %j', (text, address) => {
    expect(reported(text, 'address').map((finding) => finding.text)).toContain(address);
  });

  it('reads an address on to its unit, town, state, country and postal code', () => {
    const text = 'New address: 1021 Maple Grove Road\n Suite 12\n Springfield\n IL 62704\nCall me after.';
    expect(blocked(text, 'address')).toEqual(['1021 Maple Grove Road\n Suite 12\n Springfield\n IL 62704']);
  });

  it('finds box and military addresses', () => {
    expect(reported('Write to PSC 1234, Box 5678\nAPO AE 09012', 'address')[0].text).toBe(
      'PSC 1234, Box 5678\nAPO AE 09012',
    );
    expect(reported('Our mailing address is P.O. Box 455, Millbrook', 'address')[0].text).toBe(
      'P.O. Box 455, Millbrook',
    );
  });

  it('does not take gates, routes or counts for streets', () => {
    for (const text of [
      'Park at Gate 5 and follow the signs.',
      'Book via 2 apps or by phone.',
      'We walked 5 Miles 3 times this week.',
      'Thanks to 300 runners and 12 teams!',
    ]) {
      expect(reported(text, 'address')).toEqual([]);
    }
  });

  it.each([
    ['ZIP: 3520', '3520'],
    ['my zip code is 35350', '35350'],
    ['Postcode: 7412 SL', '7412 SL'],
    ['Her postal code is B0J 2H0', 'B0J 2H0'],
    ['Post code: 2000', '2000'],
    ['POSTAL CODE B0J 2H0', 'B0J 2H0'],
  ])('finds a postal code of any country after its label: %j', (text, code) => {
    expect(reported(text, 'zip').map((finding) => finding.text)).toEqual([code]);
  });

  it.each([
    ['Mr. Okafor grew up in Sundvik before moving here.', 'Sundvik'],
    ['We moved here from Tjæreborg last spring.', 'Tjæreborg'],
    ['She flew to Port Elliot on Tuesday morning.', 'Port Elliot'],
    ['He lives in Brooklyn, NY with his sister.', 'Brooklyn, NY'],
  ])('finds a place tied to a person: %j', (text, place) => {
    expect(reported(text, 'address').map((finding) => finding.text)).toContain(place);
  });

  it('blocks a place tied to a patient', () => {
    const text = 'Our patient Rosa Delgado, who lives in Lebanon, OR, went home today.';
    expect(blocked(text, 'address')).toContain('Lebanon, OR');
  });

  it('does not block a town named for what the organisation does there', () => {
    for (const text of [
      'Our new clinic opens in Springfield next month.',
      'The Portland marathon starts at 7 a.m.; our medical tent is at mile 12.',
      'Flu shots are free at our Lebanon and Sweet Home pharmacies this week.',
      'Salem Health and our team met in Corvallis to plan the season.',
    ]) {
      expect(blocked(text, 'address')).toEqual([]);
    }
  });
});
