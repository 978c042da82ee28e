import type { Entity } from '../../src/seed/format.js';
import type { Population } from './population.js';
import { between, type Random } from './random.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Entity `i` with its kind-specific properties; its mentions are added from its facts' evidence. */
export function scaleEntity(pop: Population, i: number, rng: Random): Omit<Entity, 'mentions'> {
  const [kind, subtype, words] = [pop.kind(i), pop.subtype(i), pop.words(i)];
  const name = pop.name(i);
  const entity: Omit<Entity, 'mentions'> = {
    id: pop.id(i),
    type: kind,
    name,
    aliases: [],
    description: `A synthetic ${words.toLowerCase()} generated for scale benchmarks of livestreaming e-commerce.`,
  };
  const year = between(rng, 2019, 2024);
  const day = `${year}-${pad2(between(rng, 1, 12))}-${pad2(between(rng, 1, 28))}`;
  switch (kind) {
    case 'Place':
      return { ...entity, placeType: subtype as Entity['placeType'] };
    case 'Organization': {
      const initials = name
        .split(' ')
        .slice(0, -1)
        .map((w) => w[0])
        .join('');
      return { ...entity, orgType: subtype as Entity['orgType'], aliases: [`${initials} ${i}`] };
    }
    case 'Platform':
      return { ...entity, platformType: subtype as Entity['platformType'], aliases: [`${words} ${i} App`] };
    case 'Base':
      return { ...entity, baseType: subtype as Entity['baseType'] };
    case 'Policy':
      return {
        ...entity,
        policyType: subtype as Entity['policyType'],
        issuedOn: day,
        period: { start: day.slice(0, 7), end: String(year + between(rng, 1, 5)) },
      };
    case 'Event':
      return { ...entity, period: { start: day, end: day } };
    case 'Report':
      return { ...entity, publishedOn: day.slice(0, 7) };
    case 'Person':
      return { ...entity, title: words };
    case 'Occupation':
      return entity;
  }
}
