/** The products every shipped scenario trades in, and what a unit needs and does. */
import type { ScenarioFile } from '../../src/scenario/schema';

export const PRODUCTS: ScenarioFile['products'] = [
  {
    id: 'shell',
    name: '155 mm shell',
    plural: '155 mm shells',
    unit: 'rounds',
    role: 'artillery',
    fireValueBp: 10000,
    // One bp of escalation per 5,000 shells delivered: shells are the least escalating aid.
    unitsPerEscalationBp: 5000,
    // Propellant 8 kg and explosive fill ~10 kg a shell (calibration-facts §4).
    inputsPerUnit: { propellant: 8, explosive: 10 },
    minOrderPerMonth: 500,
  },
  {
    id: 'stinger',
    name: 'Stinger missile',
    plural: 'Stinger missiles',
    unit: 'missiles',
    role: 'airDefence',
    fireValueBp: 10000,
    // One bp per 20 missiles: air-defence missiles escalate far more per unit than shells.
    unitsPerEscalationBp: 20,
    // Stinger seekers need rare earths.
    inputsPerUnit: { explosive: 1, rareEarth: 1 },
    minOrderPerMonth: 5,
  },
];
