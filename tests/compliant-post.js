// A social post that meets every rule of the default policy once attested and approved: the one the
// integration tests and the benchmarks start from.
const compliantPost = (title = 'Flu clinic this Saturday') => ({
  title,
  body: 'Free flu vaccinations in the main atrium this Saturday from 9am to 1pm. No appointment needed.',
  category: 'event',
  channels: ['x', 'facebook'],
  attributions: [
    {
      kind: 'text',
      licence: 'own-work',
      rightsHolder: 'Riverside Health',
      creditLine: '© Riverside Health',
    },
  ],
});

module.exports = { compliantPost };
