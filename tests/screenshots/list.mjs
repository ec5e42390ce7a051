/** The screenshots the manifest lists and `npm run screenshots` renders: phone (narrow) and tablet (wide). */
const VIEWS = [
  ['green', 'Classify: a green result, marked provisional until consent and power are answered'],
  ['amber', 'Classify: an amber result with what to do now'],
  ['red', 'Classify: a red result with the law and the police trigger'],
  ['notes', 'Encrypted draft notes'],
  ['training', 'Training: presenter view with the room’s votes and the answer'],
];

export const SCREENSHOTS = [
  ...VIEWS.map(([view, label]) => ({ view, src: `/screenshots/phone-${view}.png`, sizes: '360x740', type: 'image/png', form_factor: 'narrow', label })),
  ...VIEWS.map(([view, label]) => ({ view, src: `/screenshots/tablet-${view}.png`, sizes: '1280x800', type: 'image/png', form_factor: 'wide', label })),
];
