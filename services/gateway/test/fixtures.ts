/** A valid POST /api/v1/leads body (seeded jurisdiction, well-formed credit code). */
export const validLead = {
  title: 'Counterfeit Moutai at a wholesale market',
  category: 'counterfeit_food',
  subject: { enterpriseName: 'Zhengzhou Example Trading Co.', creditCode: '91410100MA44XXXX1M' },
  location: { jurisdiction: 'jinshui', address: 'Market Rd 1' },
  summary: 'Fake liquor sold in bulk.',
  priority: 'high',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: 'AMBER' },
};
