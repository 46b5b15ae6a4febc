// Streets named before a street word written in lower case, then the house number, as Hungarian, Norwegian,
// Swedish or Danish addresses are written ("Erzsébet tér 19.", "Karl Johans gate 22"): an address. The
// same words after no name ("at gate 5", "The gate 5") are not.
import { scan } from '../index';

const addresses = (text: string) =>
  scan(text)
    .filter((finding) => finding.category === 'address')
    .map((finding) => finding.text);

describe('a lower-case street word between the street name and the number', () => {
  it.each([
    // The stop after a house number or a town is read with it, as for every address the scanner reads on.
    ['She lives at Erzsébet tér 19.', 'Erzsébet tér 19.'],
    ['Send cards to Kossuth Lajos utca 5, Budapest.', 'Kossuth Lajos utca 5, Budapest.'],
    ['His flat is at Karl Johans gate 22, Oslo.', 'Karl Johans gate 22, Oslo.'],
    ['Home: Storgatan vei 7', 'Storgatan vei 7'],
  ])('"%s" holds the address "%s"', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each(['Meet us at gate 5 for the shuttle.', 'The gate 5 entrance is closed today.'])(
    '"%s" holds no address',
    (text) => {
      expect(addresses(text)).toEqual([]);
    },
  );
});

// Streets read from a number in either direction, with capitals and spaces beyond ASCII, particles between
// the words, and punctuation that keeps a word from a number.
describe('streets read around a number, in ASCII and beyond it', () => {
  it.each([
    ['She lives at Østergade 14 in Aarhus.', 'Østergade 14'],
    ['Home: 12 Åkervägen, Umeå.', '12 Åkervägen, Umeå.'],
    ['Home: 12 ÉTOILEGADE', '12 ÉTOILEGADE'],
    ['Home: 7 de Koskikatu', '7 de Koskikatu'],
    ['Home: 12\tKoskikatu', '12\tKoskikatu'],
    ['Home: 12\u2003Koskikatu', '12\u2003Koskikatu'],
    ['Lives at Ørstedsvej. 4', 'Ørstedsvej. 4'],
    ['Home: Kotipolku 5', 'Kotipolku 5'],
    ['Home: KOTIPOLKU. 5', 'KOTIPOLKU. 5'],
    ['Home: 5 Kotipolku', '5 Kotipolku'],
  ])('"%s" holds the address "%s"', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    'Home: 12 ålandsvägen',
    'Send cards to 3,Rue des Lilas.',
    'Home: 4,Koskikatu',
    // A street ending is a word's ending: the bare "Polku" and a lower-case "kotipolku" are not streets.
    'Home: Polku 5',
    'Home: 5 Polku',
    'Home: kotipolku 5',
  ])('"%s" holds no address', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
