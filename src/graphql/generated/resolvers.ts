import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityShape, RelationShape, EntityPageShape, EvidenceShape, DocumentShape, FactShape, EdgeShape, FactSubjectShape, SubgraphShape, PathShape, ConnectionsShape, SearchEdgeShape, SearchPageShape, SearchResultShape, FactPageShape, DocumentPageShape, ComponentShape, MetricShape, MetricPageShape, SeriesLineShape, SeriesPointShape, FactGroupShape } from '../shapes.js';
import type { AuditResult } from '../../audit/checks.js';
import type { Finding } from '../../audit/findings.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date (YYYY-MM-DD): RFC 3339 `full-date`, from graphql-scalars. */
  Date: { input: Date; output: string; }
  /** A non-negative whole number, from graphql-scalars. */
  NonNegativeInt: { input: number; output: number; }
  /** A date with the precision the source gives: a year (2020), a month (2020-03) or a day (2020-03-24). */
  PartialDate: { input: string; output: string; }
  /** A whole number greater than zero, from graphql-scalars. */
  PositiveInt: { input: number; output: number; }
};

/** A source article to add. */
export type AddDocumentInput = {
  /** Reporters the text names. */
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Document id, `doc:<slug>`. */
  id: Scalars['ID']['input'];
  /** Language code of the text, e.g. `en`. */
  language: Scalars['String']['input'];
  /** Publication date with the precision the text supports. */
  publishedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Where the publication date comes from. */
  publishedOnBasis?: InputMaybe<Scalars['String']['input']>;
  /** Who published it, as the text names it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** A note on the text's origin, e.g. that it is a machine translation. */
  sourceLanguageNote?: InputMaybe<Scalars['String']['input']>;
  /** The full text; evidence offsets will index into it. */
  text: Scalars['String']['input'];
  /** The headline, verbatim. */
  title: Scalars['String']['input'];
};

/** What `addDocument` did. */
export type AddDocumentPayload = {
  __typename?: 'AddDocumentPayload';
  /** The audit record of this change; null when nothing changed. */
  change: Maybe<CurationChange>;
  /** False when the document was already there with this text: nothing was written. */
  changed: Scalars['Boolean']['output'];
  /** The document as stored. */
  document: Document;
};

/** A person's affiliation: the organization, base or platform, the role, and the evidence. */
export type Affiliation = {
  __typename?: 'Affiliation';
  /** The quotes the affiliation rests on. */
  evidence: Array<Evidence>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The organization, base or platform. */
  organization: Entity;
  /** The person's role or title there, if stated. */
  role: Maybe<Scalars['String']['output']>;
};


/** A person's affiliation: the organization, base or platform, the role, and the evidence. */
export type AffiliationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** The checks of the knowledge audit (seeds/README.md, Knowledge audit). */
export type AuditCheck =
  /** A connected component of several entities apart from the largest; named by its first member's id. */
  | 'ISLAND'
  /** An entity with no relationship to any other entity. */
  | 'ISOLATED'
  /** A relationship whose evidence shows one side only: no quote of it names one of its ends (by name or alias). */
  | 'ONE_SIDED_EVIDENCE'
  /** A number or year in an entity's description that no date property or fact of it, or of an entity directly related to it, holds. */
  | 'UNHELD_NUMBER'
  /** A fact whose statement names an entity beside one of another kind, and no relationship links the first directly to any entity the statement names (who stated the fact is left out). */
  | 'UNLINKED_STATEMENT';

/** One thing a check of the knowledge audit found. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type AuditFinding = {
  __typename?: 'AuditFinding';
  /** The check that found it. */
  check: AuditCheck;
  /** What tells findings about one item apart: the number (UNHELD_NUMBER) or the entity left unlinked (UNLINKED_STATEMENT). */
  detail: Maybe<Scalars['String']['output']>;
  /** What it is about: an entity id (ISOLATED, ISLAND, UNHELD_NUMBER), a fact id (UNLINKED_STATEMENT) or a relationship key TYPE|from|to|role (ONE_SIDED_EVIDENCE). */
  item: Scalars['String']['output'];
  /** The finding in words (quoting a fact's statement where it concerns one: at most about 3,000 characters). */
  message: Scalars['String']['output'];
};

/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type Base = Entity & Node & {
  __typename?: 'Base';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** What kind of base it is. */
  baseType: Maybe<BaseType>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Events it hosted. */
  events: Array<EventRelation>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Always BASE. */
  kind: EntityKind;
  /** Where it is located. */
  location: Maybe<PlaceRelation>;
  /** People affiliated with it. */
  members: Array<PersonRelation>;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** Occupations it gave rise to. */
  occupations: Array<OccupationRelation>;
  /** Who operates it. */
  operators: Array<Relationship>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseEventsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseMembersArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseOccupationsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseOperatorsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park. */
export type BaseRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of bases. */
export type BaseConnection = {
  __typename?: 'BaseConnection';
  /** The bases of this page, with cursors. */
  edges: Array<BaseEdge>;
  /** The bases of this page. */
  nodes: Array<Base>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many bases match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A base in a page, with its cursor. */
export type BaseEdge = {
  __typename?: 'BaseEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The base. */
  node: Base;
};

/** Filters for bases; all given conditions must hold. */
export type BaseFilter = {
  /** Only bases of these types. */
  baseTypes?: InputMaybe<Array<BaseType>>;
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only bases located in this place (at any depth). */
  within?: InputMaybe<Scalars['ID']['input']>;
};

/** How to order bases. */
export type BaseOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: BaseOrderField;
};

/** Fields bases can be ordered by. */
export type BaseOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME';

/** A related base, with the relationship's type, direction, properties and evidence. */
export type BaseRelation = {
  __typename?: 'BaseRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related base. */
  node: Base;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related base, with the relationship's type, direction, properties and evidence. */
export type BaseRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** Kinds of base. */
export type BaseType =
  /** An industrial cluster. */
  | 'INDUSTRIAL_CLUSTER'
  /** An industrial park. */
  | 'INDUSTRIAL_PARK'
  /** A live-streaming base or room. */
  | 'LIVE_STREAMING_BASE'
  /** Anything else. */
  | 'OTHER'
  /** A scenic spot. */
  | 'SCENIC_SPOT'
  /** A wholesale market. */
  | 'WHOLESALE_MARKET';

/** A stated change of a value. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type Change = {
  __typename?: 'Change';
  /** What it is compared with. */
  basis: ChangeBasis;
  /** percent, percentage_points or times. */
  unit: ChangeUnit;
  /** Size of the change (58.9 for +58.9%). */
  value: Scalars['Float']['output'];
};

/** What a change compares with. */
export type ChangeBasis =
  /** The previous month. */
  | 'MONTH_ON_MONTH'
  /** Something else, or unstated. */
  | 'OTHER'
  /** The previous edition of the event. */
  | 'PREVIOUS_EVENT'
  /** The same period a year earlier. */
  | 'YEAR_ON_YEAR';

/** A stated change of a value. */
export type ChangeInput = {
  /** What it is compared with. */
  basis: ChangeBasis;
  /** percent, percentage points or times. */
  unit: ChangeUnit;
  /** Size of the change. */
  value: Scalars['Float']['input'];
};

/** Units of a change. */
export type ChangeUnit =
  /** Percent of the earlier value. */
  | 'PERCENT'
  /** Percentage points. */
  | 'PERCENTAGE_POINTS'
  /** Times the earlier value. */
  | 'TIMES';

/** What two entities have in common in the sources. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type Connections = {
  __typename?: 'Connections';
  /** The first entity. */
  a: Entity;
  /** The second entity. */
  b: Entity;
  /** Documents that name both. */
  documents: Array<Document>;
  /** Direct relationships between them, in either direction. */
  edges: Array<GraphEdge>;
  /** Facts about both (both are subjects, or one stated a fact about the other). */
  facts: Array<Fact>;
};

/** Kinds of curator change. */
export type CurationAction =
  /** A document was added. */
  | 'ADD_DOCUMENT'
  /** An entity was created. */
  | 'CREATE_ENTITY'
  /** A fact was created. */
  | 'CREATE_FACT'
  /** A relationship was created. */
  | 'CREATE_RELATIONSHIP'
  /** An entity was corrected. */
  | 'UPDATE_ENTITY'
  /** A fact was corrected. */
  | 'UPDATE_FACT'
  /** A relationship was corrected. */
  | 'UPDATE_RELATIONSHIP';

/** An audit record: who changed what, and when, with the item before and after. */
export type CurationChange = {
  __typename?: 'CurationChange';
  /** What was done. */
  action: CurationAction;
  /** Who: the `sub` of the curator's token. */
  actor: Scalars['String']['output'];
  /** The item after, as JSON. */
  after: Scalars['String']['output'];
  /** When, as an ISO 8601 timestamp. */
  at: Scalars['String']['output'];
  /** The item before, as JSON; null when it was created. */
  before: Maybe<Scalars['String']['output']>;
  /** Change id, `change:<uuid>`. */
  id: Scalars['ID']['output'];
  /** The id of the item changed (a relationship's key: type|from|to|role). */
  targetId: Scalars['ID']['output'];
};

/** A range of dates; either bound may be left open. */
export type DateRange = {
  /** First day of the range. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the range. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Which way a relationship points, seen from the entity asked about. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** From the other to the entity. */
  | 'INCOMING'
  /** From the entity to the other. */
  | 'OUTGOING';

/** A source article. Every fact and relationship in the graph cites one by a verbatim quote. */
export type Document = Node & {
  __typename?: 'Document';
  /** Reporters the text names. */
  authors: Array<Scalars['String']['output']>;
  /** The entities the article names, by name. */
  entities: Array<Entity>;
  /** Every quote cited from this article, in text order. */
  evidence: Array<Evidence>;
  /** The facts the article supports, in the order they appear in the text. */
  facts: Array<Fact>;
  /** The file name under seeds/documents/; null for a document a curator added through the API. */
  file: Maybe<Scalars['String']['output']>;
  /** Document id, e.g. `doc:workers-daily-guangzhou-sample`. */
  id: Scalars['ID']['output'];
  /** Language of the text (e.g. `en`). */
  language: Scalars['String']['output'];
  /** Publication date with the precision the text supports. */
  publishedOn: Maybe<Scalars['PartialDate']['output']>;
  /** Where the publication date comes from. */
  publishedOnBasis: Maybe<Scalars['String']['output']>;
  /** Who published it, as the text names it; null when it does not. */
  publisher: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the article's bytes. */
  sha256: Scalars['String']['output'];
  /** A note on the text's origin, e.g. that it is a machine translation. */
  sourceLanguageNote: Maybe<Scalars['String']['output']>;
  /** The full text; evidence offsets index into it (UTF-16 code units). */
  text: Scalars['String']['output'];
  /** The article's headline, verbatim. */
  title: Scalars['String']['output'];
};


/** A source article. Every fact and relationship in the graph cites one by a verbatim quote. */
export type DocumentEntitiesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** A source article. Every fact and relationship in the graph cites one by a verbatim quote. */
export type DocumentEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A source article. Every fact and relationship in the graph cites one by a verbatim quote. */
export type DocumentFactsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents of this page, with cursors. */
  edges: Array<DocumentEdge>;
  /** The documents of this page. */
  nodes: Array<Document>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many documents there are in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A document in a page, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** How to order documents. */
export type DocumentOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: DocumentOrderField;
};

/** Fields documents can be ordered by. */
export type DocumentOrderField =
  /** Publication date (documents without one come last). */
  | 'PUBLISHED_ON'
  /** Headline, alphabetically. */
  | 'TITLE';

/**
 * What every entity of the graph has: a name, its spellings, a description, where the sources name it,
 * the facts about it and its relationships, each with evidence.
 */
export type Entity = {
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id, e.g. `place:guangzhou`. */
  id: Scalars['ID']['output'];
  /** Which kind of entity it is. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
};


/**
 * What every entity of the graph has: a name, its spellings, a description, where the sources name it,
 * the facts about it and its relationships, each with evidence.
 */
export type EntityDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * What every entity of the graph has: a name, its spellings, a description, where the sources name it,
 * the facts about it and its relationships, each with evidence.
 */
export type EntityFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/**
 * What every entity of the graph has: a name, its spellings, a description, where the sources name it,
 * the facts about it and its relationships, each with evidence.
 */
export type EntityMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * What every entity of the graph has: a name, its spellings, a description, where the sources name it,
 * the facts about it and its relationships, each with evidence.
 */
export type EntityRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** Entities connected to one another by relationships (either way), and to no entity outside. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type EntityComponent = {
  __typename?: 'EntityComponent';
  /** Its entities, by id. */
  members: Array<Entity>;
  /** How many entities it has. */
  size: Scalars['NonNegativeInt']['output'];
};


/** Entities connected to one another by relationships (either way), and to no entity outside. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type EntityComponentMembersArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** The kinds of entity. */
export type EntityKind =
  /** Live-streaming base, industrial cluster, wholesale market, scenic spot or park. */
  | 'BASE'
  /** Festival, campaign, visit, conference, competition or training. */
  | 'EVENT'
  /** An occupation or profession. */
  | 'OCCUPATION'
  /** Government body, company, association, research institute, university or media outlet. */
  | 'ORGANIZATION'
  /** A named person. */
  | 'PERSON'
  /** Country, province, city, district, county, town, street, village or region. */
  | 'PLACE'
  /** E-commerce, short-video, social or media platform. */
  | 'PLATFORM'
  /** Plan, notice, measures, guideline or standard. */
  | 'POLICY'
  /** A study or report. */
  | 'REPORT';

/** A festival, campaign, visit, conference, competition or training. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Places, bases and platforms that hosted it. */
  hosts: Array<Relationship>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Always EVENT. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** Who organised it. */
  organizers: Array<Relationship>;
  /** Who took part. */
  participants: Array<Relationship>;
  /** When it ended. */
  periodEnd: Maybe<Scalars['PartialDate']['output']>;
  /** When it started. */
  periodStart: Maybe<Scalars['PartialDate']['output']>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
  /** Its results: facts about the event. */
  results: Array<Fact>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventHostsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventOrganizersArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A festival, campaign, visit, conference, competition or training. */
export type EventResultsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page, with cursors. */
  edges: Array<EventEdge>;
  /** The events of this page. */
  nodes: Array<Event>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many events match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** An event in a page, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Filters for events; all given conditions must hold. */
export type EventFilter = {
  /** Only events hosted by this entity. */
  hostedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** How to order events. */
export type EventOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: EventOrderField;
};

/** Fields events can be ordered by. */
export type EventOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME'
  /** Start date (undated ones come last). */
  | 'PERIOD_START';

/** A related event, with the relationship's type, direction, properties and evidence. */
export type EventRelation = {
  __typename?: 'EventRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related event. */
  node: Event;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related event, with the relationship's type, direction, properties and evidence. */
export type EventRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A verbatim quote from a source article, and where it stands. */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** The article quoted. */
  document: Document;
  /** Offset just past the quote's last character. */
  end: Scalars['NonNegativeInt']['output'];
  /** Evidence id: `ev:<document>:<start>-<end>`. */
  id: Scalars['ID']['output'];
  /** The quote, exactly as in the article. */
  quote: Scalars['String']['output'];
  /** Offset of the quote's first character in the article text (UTF-16 code units). */
  start: Scalars['NonNegativeInt']['output'];
};

/** A verbatim quote and where it stands: `text.slice(start, end)` of the document must equal `quote`. */
export type EvidenceInput = {
  /** The id of the document quoted (already in the graph, or added before). */
  document: Scalars['ID']['input'];
  /** Offset just past its last character. */
  end: Scalars['Int']['input'];
  /** The quote, exactly as in the document. */
  quote: Scalars['String']['input'];
  /** Offset of its first character in the document text (UTF-16 code units). */
  start: Scalars['Int']['input'];
};

/** A statistic, target, ranking or statement drawn from a source article, with its evidence. */
export type Fact = Node & {
  __typename?: 'Fact';
  /** Facts that give the same value for the same thing (as for `conflicts`, but an equal value), by id. */
  agreements: Array<Fact>;
  /** A stated change, e.g. +58.9% year on year. */
  change: Maybe<Change>;
  /**
   * Facts that give another value for the same thing: same kind, metric, unit and subjects (in the
   * same roles), with an overlapping period, and a different value. Kept side by side, as Wikidata keeps
   * conflicting statements, each with its `preference`. By id.
   */
  conflicts: Array<Fact>;
  /** ISO currency code when the value is money. */
  currency: Maybe<Scalars['String']['output']>;
  /** The quotes the fact rests on. */
  evidence: Array<Evidence>;
  /** Fact id, e.g. `fact:000-china-live-commerce-sales-2023-jan-oct`. */
  id: Scalars['ID']['output'];
  /** Statistic, target, ranking or statement. */
  kind: FactKind;
  /** A snake_case key shared by facts that measure the same thing (e.g. `live_commerce_sales`). */
  metric: Maybe<Scalars['String']['output']>;
  /** The period the number covers. */
  period: Maybe<Period>;
  /**
   * Its standing among conflicting values (like a Wikidata statement's rank; not the ranking position
   * `rank`): derived from the graph by the rule in `preferenceReason`.
   */
  preference: FactPreference;
  /** Why it has its preference: the conflicting facts that decide it and by which rule (newer source, later period, narrower period). */
  preferenceReason: Scalars['String']['output'];
  /** How the source qualifies the number (more than, about, …). */
  qualifier: Maybe<Qualifier>;
  /** Position, for rankings. */
  rank: Maybe<Scalars['PositiveInt']['output']>;
  /** Size of the ranked list, when stated. */
  rankOf: Maybe<Scalars['PositiveInt']['output']>;
  /** Who stated it (a person, organization or report), when the source says so. */
  statedBy: Maybe<Entity>;
  /** The fact as one readable sentence. */
  statement: Scalars['String']['output'];
  /** The entities the fact is about, each with its role. */
  subjects: Array<FactSubject>;
  /** Unit of the value: yuan, percent, people, count, times, … */
  unit: Maybe<Scalars['String']['output']>;
  /** The normalised number (2.2 trillion → 2.2e12; 58.9% → 58.9 with unit percent). */
  value: Maybe<Scalars['Float']['output']>;
  /** The number as the source words it. */
  valueText: Maybe<Scalars['String']['output']>;
};


/** A statistic, target, ranking or statement drawn from a source article, with its evidence. */
export type FactAgreementsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A statistic, target, ranking or statement drawn from a source article, with its evidence. */
export type FactConflictsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A statistic, target, ranking or statement drawn from a source article, with its evidence. */
export type FactEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A statistic, target, ranking or statement drawn from a source article, with its evidence. */
export type FactSubjectsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of facts. */
export type FactConnection = {
  __typename?: 'FactConnection';
  /** The facts of this page, with cursors. */
  edges: Array<FactEdge>;
  /** The facts of this page. */
  nodes: Array<Fact>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many facts match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A fact in a page, with its cursor. */
export type FactEdge = {
  __typename?: 'FactEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The fact. */
  node: Fact;
};

/** Filters for facts; all given conditions must hold. */
export type FactFilter = {
  /** Only facts evidenced in this document. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only facts of these kinds. */
  kinds?: InputMaybe<Array<FactKind>>;
  /** Only facts with this metric key. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Only facts whose period overlaps this range (undated facts never match). */
  periodOverlaps?: InputMaybe<DateRange>;
  /** Only facts whose period lies entirely within this range (undated facts never match). */
  periodWithin?: InputMaybe<DateRange>;
  /** Only facts with one of these preferences: `[PREFERRED, NORMAL]` leaves out the superseded values of conflicts. */
  preference?: InputMaybe<Array<FactPreference>>;
  /** Only facts stated by this entity. */
  statedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Only facts whose statement contains this text (case-insensitive). */
  statementContains?: InputMaybe<Scalars['String']['input']>;
  /** Only facts about this entity: an id, or an exact name or alias (case-insensitive); an ambiguous name is refused, listing the ids it could mean, and a name nothing has matches no fact. */
  subject?: InputMaybe<Scalars['ID']['input']>;
  /** Only facts in which the subject has this role (with `subject`). */
  subjectRole?: InputMaybe<SubjectRole>;
  /** Only facts whose value lies in this range (facts without a value never match). */
  value?: InputMaybe<FloatRange>;
};

/**
 * A group of facts and statistics of their values. Values are aggregated within one unit and
 * currency only. An embedded value object (it has no id): client caches keep it inside the object that holds it.
 */
export type FactGroup = {
  __typename?: 'FactGroup';
  /** Mean of the values. */
  avg: Maybe<Scalars['Float']['output']>;
  /** How many facts are in the group. */
  count: Scalars['NonNegativeInt']['output'];
  /** The currency the statistics are in, when money. */
  currency: Maybe<Scalars['String']['output']>;
  /** The document, when grouped by document. */
  document: Maybe<Document>;
  /** A stable key of the group: the entity or document id, the year, or the kind, then the unit. */
  key: Scalars['String']['output'];
  /** The kind, when grouped by kind. */
  kind: Maybe<FactKind>;
  /** Largest value. */
  max: Maybe<Scalars['Float']['output']>;
  /** Smallest value; null when no fact of the group has one. */
  min: Maybe<Scalars['Float']['output']>;
  /** The entity, when grouped by subject. */
  subject: Maybe<Entity>;
  /** Sum of the values. */
  sum: Maybe<Scalars['Float']['output']>;
  /** The unit the statistics are in; null for facts without a value or unit. */
  unit: Maybe<Scalars['String']['output']>;
  /** The year, when grouped by year; null for the undated group. */
  year: Maybe<Scalars['Int']['output']>;
};

/** What facts can be grouped by. */
export type FactGroupBy =
  /** The document that evidences it (a fact quoted in two documents counts in both). */
  | 'DOCUMENT'
  /** Its kind: statistic, target, ranking or statement. */
  | 'KIND'
  /** The entity a fact is about (a fact about two entities counts in both groups). */
  | 'SUBJECT'
  /** The year its period starts (undated facts form a group of their own). */
  | 'YEAR';

/** Kinds of fact. */
export type FactKind =
  /** A position in a list. */
  | 'RANKING'
  /** A claim or assessment attributed to someone. */
  | 'STATEMENT'
  /** A measured number. */
  | 'STATISTIC'
  /** A goal of a policy or plan. */
  | 'TARGET';

/** How to order facts. */
export type FactOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: FactOrderField;
};

/** Fields facts can be ordered by. */
export type FactOrderField =
  /** Id, alphabetically. */
  | 'ID'
  /** End of the period (undated ones come last). */
  | 'PERIOD_END'
  /** Start of the period (undated ones come last). */
  | 'PERIOD_START'
  /** Normalised value (facts without one come last). */
  | 'VALUE';

/** The full-date period a fact covers. */
export type FactPeriodInput = {
  /** Last day. */
  end: Scalars['Date']['input'];
  /** The source's words for it. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  start: Scalars['Date']['input'];
};

/**
 * A fact's standing among facts that give other values for the same thing (Wikidata's statement ranks).
 * A conflicting fact outranks another by the first rule that tells them apart: a newer source (its
 * newest evidencing document, compared at the coarser of the two dates' precisions), then a later
 * period end (more recent data), then a later period start (a narrower, more specific period).
 */
export type FactPreference =
  /** A conflicting fact outranks it: superseded (outdated knowledge), kept for the record. */
  | 'DEPRECATED'
  /** No fact gives another value, or those that do tie with it. */
  | 'NORMAL'
  /** It outranks every fact that gives another value for the same thing: the value to use. */
  | 'PREFERRED';

/** An entity a fact is about, and its role in the fact. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type FactSubject = {
  __typename?: 'FactSubject';
  /** The entity. */
  entity: Entity;
  /** Its role: location, subject, platform, issuer, … */
  role: SubjectRole;
};

/** An entity a fact is about, with its role. */
export type FactSubjectInput = {
  /** The entity's id. */
  entity: Scalars['ID']['input'];
  /** Its role in the fact. */
  role: SubjectRole;
};

/** A range of numbers; either bound may be left open; both bounds are inclusive. */
export type FloatRange = {
  /** Largest value. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Smallest value. */
  min?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * A relationship as a front-end draws it: source and target ids, type, properties and evidence.
 * Fetchable with `node(id:)` like any other object.
 */
export type GraphEdge = Node & {
  __typename?: 'GraphEdge';
  /** The quotes it rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** The relationship's global id, `TYPE|source|target|role` (the role empty when it has none): stable across loads and exports. */
  id: Scalars['ID']['output'];
  /** The role or title it carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** Id of the entity it starts at. */
  source: Scalars['ID']['output'];
  /** Id of the entity it ends at. */
  target: Scalars['ID']['output'];
  /** The relationship type. */
  type: RelationshipType;
};


/**
 * A relationship as a front-end draws it: source and target ids, type, properties and evidence.
 * Fetchable with `node(id:)` like any other object.
 */
export type GraphEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** What the knowledge audit finds in the graph. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type GraphHealth = {
  __typename?: 'GraphHealth';
  /** How many connected components the entities form over entity–entity relationships (1 when every entity is connected). */
  componentCount: Scalars['NonNegativeInt']['output'];
  /** The connected components, largest first. */
  components: Array<EntityComponent>;
  /** How many findings the checks make, all checks together. */
  findingCount: Scalars['NonNegativeInt']['output'];
  /** The findings, in the order of the checks. */
  findings: Array<AuditFinding>;
  /** Entities with no relationship to any other entity, by id. */
  isolatedEntities: Array<Entity>;
};


/** What the knowledge audit finds in the graph. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type GraphHealthComponentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** What the knowledge audit finds in the graph. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type GraphHealthFindingsArgs = {
  checks?: InputMaybe<Array<AuditCheck>>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** What the knowledge audit finds in the graph. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type GraphHealthIsolatedEntitiesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** Size of the knowledge graph as Neo4j counts it right now. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Node counts per label, largest first. */
  labels: Array<LabelCount>;
  /** Total number of nodes. */
  nodeCount: Scalars['NonNegativeInt']['output'];
  /** Total number of relationships. */
  relationshipCount: Scalars['NonNegativeInt']['output'];
  /** Relationship counts per type, largest first. */
  relationshipTypes: Array<LabelCount>;
};

/** How many nodes carry a label, or how many relationships have a type. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** How many there are. */
  count: Scalars['NonNegativeInt']['output'];
  /** The node label or relationship type. */
  name: Scalars['String']['output'];
};

/** A metric key and what the facts using it say about it. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type Metric = {
  __typename?: 'Metric';
  /** What the metric measures, from the metric catalogue (seeds/metrics.json); null for a key a curator introduced that the catalogue does not list yet. */
  description: Maybe<Scalars['String']['output']>;
  /** How many facts use it. */
  factCount: Scalars['NonNegativeInt']['output'];
  /** The snake_case key facts share, e.g. `live_commerce_sales`. */
  key: Scalars['String']['output'];
  /** From the earliest period start to the latest period end of its facts; null when none is dated. */
  period: Maybe<Period>;
  /** How many distinct entities those facts are about. */
  subjectCount: Scalars['NonNegativeInt']['output'];
  /** The entities its facts are about, most facts first. */
  subjects: Array<Entity>;
  /** The units its values are given in, e.g. `yuan`; more than one means its values are not comparable as they stand. */
  units: Array<Scalars['String']['output']>;
};


/** A metric key and what the facts using it say about it. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type MetricSubjectsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of metrics. */
export type MetricConnection = {
  __typename?: 'MetricConnection';
  /** The metrics of this page, with cursors. */
  edges: Array<MetricEdge>;
  /** The metrics of this page. */
  nodes: Array<Metric>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many metrics match in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A metric in a page, with its cursor. */
export type MetricEdge = {
  __typename?: 'MetricEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The metric. */
  node: Metric;
};

/**
 * The curator write path. Every mutation needs `Authorization: Bearer <token>`: a JWT signed with the
 * server's curator secret whose `role` (or `roles`) includes `curator`. Each runs in one transaction,
 * checks its input exactly as the seed validator checks the seeds (quotes verbatim at their offsets,
 * references resolved, relationship kinds allowed) and writes nothing when anything is wrong. Writes
 * are idempotent by id: the same input again changes nothing and answers `changed: false`.
 * Every change is audited: who, what, when, and the item before and after.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a source article. Documents are immutable: the same id with the same text changes nothing;
   * with another text it is refused, since evidence offsets index into the text.
   */
  addDocument: AddDocumentPayload;
  /**
   * Creates an entity, or replaces one (same id) with the given content: name, aliases, description,
   * properties and mentions. Its kind cannot change.
   */
  upsertEntity: UpsertEntityPayload;
  /** Creates a fact, or replaces one (same id) with the given content, subjects, stater and evidence. */
  upsertFact: UpsertFactPayload;
  /**
   * Creates a relationship between two entities, or replaces the properties and evidence of the one
   * with the same type, ends and role (its identity).
   */
  upsertRelationship: UpsertRelationshipPayload;
};


/**
 * The curator write path. Every mutation needs `Authorization: Bearer <token>`: a JWT signed with the
 * server's curator secret whose `role` (or `roles`) includes `curator`. Each runs in one transaction,
 * checks its input exactly as the seed validator checks the seeds (quotes verbatim at their offsets,
 * references resolved, relationship kinds allowed) and writes nothing when anything is wrong. Writes
 * are idempotent by id: the same input again changes nothing and answers `changed: false`.
 * Every change is audited: who, what, when, and the item before and after.
 */
export type MutationAddDocumentArgs = {
  input: AddDocumentInput;
};


/**
 * The curator write path. Every mutation needs `Authorization: Bearer <token>`: a JWT signed with the
 * server's curator secret whose `role` (or `roles`) includes `curator`. Each runs in one transaction,
 * checks its input exactly as the seed validator checks the seeds (quotes verbatim at their offsets,
 * references resolved, relationship kinds allowed) and writes nothing when anything is wrong. Writes
 * are idempotent by id: the same input again changes nothing and answers `changed: false`.
 * Every change is audited: who, what, when, and the item before and after.
 */
export type MutationUpsertEntityArgs = {
  input: UpsertEntityInput;
};


/**
 * The curator write path. Every mutation needs `Authorization: Bearer <token>`: a JWT signed with the
 * server's curator secret whose `role` (or `roles`) includes `curator`. Each runs in one transaction,
 * checks its input exactly as the seed validator checks the seeds (quotes verbatim at their offsets,
 * references resolved, relationship kinds allowed) and writes nothing when anything is wrong. Writes
 * are idempotent by id: the same input again changes nothing and answers `changed: false`.
 * Every change is audited: who, what, when, and the item before and after.
 */
export type MutationUpsertFactArgs = {
  input: UpsertFactInput;
};


/**
 * The curator write path. Every mutation needs `Authorization: Bearer <token>`: a JWT signed with the
 * server's curator secret whose `role` (or `roles`) includes `curator`. Each runs in one transaction,
 * checks its input exactly as the seed validator checks the seeds (quotes verbatim at their offsets,
 * references resolved, relationship kinds allowed) and writes nothing when anything is wrong. Writes
 * are idempotent by id: the same input again changes nothing and answers `changed: false`.
 * Every change is audited: who, what, when, and the item before and after.
 */
export type MutationUpsertRelationshipArgs = {
  input: UpsertRelationshipInput;
};

/**
 * A name of an entity in another language, with its language tag. The source articles are English,
 * so the spellings they use are the entity's `aliases`; these names (the Chinese name of a city,
 * platform or ministry) come from a curator, and `origin` says so. An embedded value object (it has no id): client caches keep it inside the object that holds it.
 */
export type Name = {
  __typename?: 'Name';
  /** Its BCP 47 language tag, e.g. `zh` (Chinese, simplified characters as used in mainland China). */
  lang: Scalars['String']['output'];
  /** Who supplied it. */
  origin: NameOrigin;
  /** The name as written, e.g. 广州. */
  value: Scalars['String']['output'];
};

/** A language-tagged name, as a curator sends it (seeds/README.md, Names in other languages). */
export type NameInput = {
  /** Its BCP 47 language tag, e.g. `zh`. */
  lang: Scalars['String']['input'];
  /** Who supplied it; a name no source quotes is a curator's. */
  origin?: NameOrigin;
  /** The name as written, e.g. 广州. */
  value: Scalars['String']['input'];
};

/** Where a name comes from. */
export type NameOrigin =
  /** Supplied by a curator: not a quote from a source article (the articles' own spellings are aliases). */
  | 'CURATOR';

/** An object with a global id, fetchable with `node(id:)`. */
export type Node = {
  /** The global id: a readable, stable identifier such as `place:guangzhou`, `fact:004-shenzhen-livestreaming-month-online-retail-sales-2024` or, for a relationship, `LOCATED_IN|place:guangzhou|place:guangdong|`. */
  id: Scalars['ID']['output'];
};

/** An occupation or profession, such as live-streaming host. */
export type Occupation = Entity & Node & {
  __typename?: 'Occupation';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** More specific occupations of this one. */
  children: Array<OccupationRelation>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Always OCCUPATION. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** What gave rise to it (platforms, bases, organizations, events), with evidence. */
  originatedFrom: Array<Relationship>;
  /** The parent profession (SUBTYPE_OF), where stated. */
  parent: Maybe<OccupationRelation>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
};


/** An occupation or profession, such as live-streaming host. */
export type OccupationChildrenArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An occupation or profession, such as live-streaming host. */
export type OccupationDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An occupation or profession, such as live-streaming host. */
export type OccupationFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** An occupation or profession, such as live-streaming host. */
export type OccupationMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An occupation or profession, such as live-streaming host. */
export type OccupationOriginatedFromArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An occupation or profession, such as live-streaming host. */
export type OccupationRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of occupations. */
export type OccupationConnection = {
  __typename?: 'OccupationConnection';
  /** The occupations of this page, with cursors. */
  edges: Array<OccupationEdge>;
  /** The occupations of this page. */
  nodes: Array<Occupation>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many occupations match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** An occupation in a page, with its cursor. */
export type OccupationEdge = {
  __typename?: 'OccupationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The occupation. */
  node: Occupation;
};

/** Filters for occupations; all given conditions must hold. */
export type OccupationFilter = {
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only occupations whose parent profession is this one. */
  parent?: InputMaybe<Scalars['ID']['input']>;
};

/** How to order occupations. */
export type OccupationOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: OccupationOrderField;
};

/** Fields occupations can be ordered by. */
export type OccupationOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME';

/** A related occupation, with the relationship's type, direction, properties and evidence. */
export type OccupationRelation = {
  __typename?: 'OccupationRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related occupation. */
  node: Occupation;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related occupation, with the relationship's type, direction, properties and evidence. */
export type OccupationRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A government body, company, association, research institute, university or media outlet. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** What it supports (SUPPORTS) and whom it partners with (PARTNERS_WITH). */
  cooperation: Array<Relationship>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Events it organised or took part in. */
  events: Array<EventRelation>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Policies it issued. */
  issuedPolicies: Array<PolicyRelation>;
  /** Always ORGANIZATION. */
  kind: EntityKind;
  /** Where it is located. */
  location: Maybe<PlaceRelation>;
  /** People affiliated with it, with their roles. */
  members: Array<PersonRelation>;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** Platforms and bases it operates. */
  operates: Array<Relationship>;
  /** What kind of organization it is. */
  orgType: Maybe<OrganizationType>;
  /** The larger body it belongs to (PART_OF). */
  parentOrganization: Maybe<OrganizationRelation>;
  /** Reports it published. */
  publishedReports: Array<ReportRelation>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
  /** Facts it stated. */
  statements: Array<Fact>;
  /** Departments, bureaus and institutes that belong to it. */
  units: Array<OrganizationRelation>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationCooperationArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationEventsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationIssuedPoliciesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationMembersArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationOperatesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationPublishedReportsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationStatementsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A government body, company, association, research institute, university or media outlet. */
export type OrganizationUnitsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page, with cursors. */
  edges: Array<OrganizationEdge>;
  /** The organizations of this page. */
  nodes: Array<Organization>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many organizations match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** An organization in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** Filters for organizations; all given conditions must hold. */
export type OrganizationFilter = {
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations of these types. */
  orgTypes?: InputMaybe<Array<OrganizationType>>;
  /** Only organizations located in this place (at any depth). */
  within?: InputMaybe<Scalars['ID']['input']>;
};

/** How to order organizations. */
export type OrganizationOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: OrganizationOrderField;
};

/** Fields organizations can be ordered by. */
export type OrganizationOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME';

/** A related organization, with the relationship's type, direction, properties and evidence. */
export type OrganizationRelation = {
  __typename?: 'OrganizationRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related organization. */
  node: Organization;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related organization, with the relationship's type, direction, properties and evidence. */
export type OrganizationRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** Kinds of organization. */
export type OrganizationType =
  /** An industry association. */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A ministry, bureau, council or local government. */
  | 'GOVERNMENT_BODY'
  /** A newspaper, broadcaster or news site. */
  | 'MEDIA_OUTLET'
  /** Anything else. */
  | 'OTHER'
  /** A research institute or academy. */
  | 'RESEARCH_INSTITUTE'
  /** A university. */
  | 'UNIVERSITY';

/** Where a page of a connection stands (Relay cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether items follow the page (when paginating forward). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the page (when paginating backward). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A period with the precision the source gives; either bound may be left open. */
export type PartialPeriodInput = {
  /** When it ends. */
  end?: InputMaybe<Scalars['PartialDate']['input']>;
  /** When it starts. */
  start?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A path between two entities. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type Path = {
  __typename?: 'Path';
  /** The relationships along the path, in order (each may point either way). */
  edges: Array<GraphEdge>;
  /** Number of relationships on the path. */
  length: Scalars['NonNegativeInt']['output'];
  /** The entities along the path, in order. */
  nodes: Array<Entity>;
};

/** A period with full-date bounds. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type Period = {
  __typename?: 'Period';
  /** Last day. */
  end: Scalars['Date']['output'];
  /** The source's words for it, e.g. first 10 months of 2023. */
  label: Maybe<Scalars['String']['output']>;
  /** First day. */
  start: Scalars['Date']['output'];
};

/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Organizations, bases and platforms the person works for or belongs to, with the role. */
  affiliations: Array<Affiliation>;
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Events the person took part in. */
  events: Array<EventRelation>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Always PERSON. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
  /** Facts this person stated. */
  statements: Array<Fact>;
  /** The title or role the sources give when they name no organization. */
  title: Maybe<Scalars['String']['output']>;
};


/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type PersonAffiliationsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type PersonDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type PersonEventsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type PersonFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type PersonMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type PersonRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A named person: an official, expert, entrepreneur, streamer or reporter. */
export type PersonStatementsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page, with cursors. */
  edges: Array<PersonEdge>;
  /** The people of this page. */
  nodes: Array<Person>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many people match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A person in a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters for people; all given conditions must hold. */
export type PersonFilter = {
  /** Only people affiliated with this organization, base or platform. */
  affiliatedWith?: InputMaybe<Scalars['ID']['input']>;
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** How to order people. */
export type PersonOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: PersonOrderField;
};

/** Fields people can be ordered by. */
export type PersonOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME';

/** A related person, with the relationship's type, direction, properties and evidence. */
export type PersonRelation = {
  __typename?: 'PersonRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related person. */
  node: Person;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related person, with the relationship's type, direction, properties and evidence. */
export type PersonRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A place: country, province, city, district, county, town, street, village or region. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** Bases located in it. */
  bases: Array<BaseRelation>;
  /** Places that lie in it (LOCATED_IN, incoming). */
  children: Array<PlaceRelation>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Events it hosted or organised. */
  events: Array<EventRelation>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Always PLACE. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** Organizations located in it. */
  organizations: Array<OrganizationRelation>;
  /** The place it lies in (LOCATED_IN), with evidence; null at the top of the hierarchy. */
  parent: Maybe<PlaceRelation>;
  /** What kind of place it is. */
  placeType: Maybe<PlaceType>;
  /** Policies that apply to it or to a place within it (APPLIES_TO), or that it or a body located in it issued (ISSUED): a city's policies include those its bureaus issued. OUTGOING when it, or a body or place within it, issued the policy. */
  policies: Array<PolicyRelation>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceBasesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceChildrenArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceEventsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceOrganizationsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlacePoliciesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A place: country, province, city, district, county, town, street, village or region. */
export type PlaceRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of places. */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  /** The places of this page, with cursors. */
  edges: Array<PlaceEdge>;
  /** The places of this page. */
  nodes: Array<Place>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many places match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A place in a page, with its cursor. */
export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The place. */
  node: Place;
};

/** Filters for places; all given conditions must hold. */
export type PlaceFilter = {
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only places of these types. */
  placeTypes?: InputMaybe<Array<PlaceType>>;
  /** Only places inside this place (at any depth of LOCATED_IN). */
  within?: InputMaybe<Scalars['ID']['input']>;
};

/** How to order places. */
export type PlaceOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: PlaceOrderField;
};

/** Fields places can be ordered by. */
export type PlaceOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME';

/** A related place, with the relationship's type, direction, properties and evidence. */
export type PlaceRelation = {
  __typename?: 'PlaceRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related place. */
  node: Place;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related place, with the relationship's type, direction, properties and evidence. */
export type PlaceRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** Kinds of place. */
export type PlaceType =
  /** A city. */
  | 'CITY'
  /** A country. */
  | 'COUNTRY'
  /** A county. */
  | 'COUNTY'
  /** A district of a city. */
  | 'DISTRICT'
  /** A province or province-level region. */
  | 'PROVINCE'
  /** A wider region. */
  | 'REGION'
  /** A street (subdistrict). */
  | 'STREET'
  /** A town. */
  | 'TOWN'
  /** A village. */
  | 'VILLAGE';

/** An e-commerce, short-video, social or media platform. */
export type Platform = Entity & Node & {
  __typename?: 'Platform';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Events it hosted or took part in. */
  events: Array<EventRelation>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Always PLATFORM. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** Occupations it gave rise to. */
  occupations: Array<OccupationRelation>;
  /** Who operates it (the first operator), with evidence. */
  operator: Maybe<Relationship>;
  /** Everyone who operates it. */
  operators: Array<Relationship>;
  /** What kind of platform it is. */
  platformType: Maybe<PlatformType>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
};


/** An e-commerce, short-video, social or media platform. */
export type PlatformDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An e-commerce, short-video, social or media platform. */
export type PlatformEventsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An e-commerce, short-video, social or media platform. */
export type PlatformFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** An e-commerce, short-video, social or media platform. */
export type PlatformMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An e-commerce, short-video, social or media platform. */
export type PlatformOccupationsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An e-commerce, short-video, social or media platform. */
export type PlatformOperatorsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** An e-commerce, short-video, social or media platform. */
export type PlatformRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of platforms. */
export type PlatformConnection = {
  __typename?: 'PlatformConnection';
  /** The platforms of this page, with cursors. */
  edges: Array<PlatformEdge>;
  /** The platforms of this page. */
  nodes: Array<Platform>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many platforms match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A platform in a page, with its cursor. */
export type PlatformEdge = {
  __typename?: 'PlatformEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The platform. */
  node: Platform;
};

/** Filters for platforms; all given conditions must hold. */
export type PlatformFilter = {
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only platforms of these types. */
  platformTypes?: InputMaybe<Array<PlatformType>>;
};

/** How to order platforms. */
export type PlatformOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: PlatformOrderField;
};

/** Fields platforms can be ordered by. */
export type PlatformOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME';

/** A related platform, with the relationship's type, direction, properties and evidence. */
export type PlatformRelation = {
  __typename?: 'PlatformRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related platform. */
  node: Platform;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related platform, with the relationship's type, direction, properties and evidence. */
export type PlatformRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** Kinds of platform. */
export type PlatformType =
  /** E-commerce. */
  | 'ECOMMERCE'
  /** Media account or channel. */
  | 'MEDIA'
  /** Anything else. */
  | 'OTHER'
  /** Short video. */
  | 'SHORT_VIDEO'
  /** Social network. */
  | 'SOCIAL';

/** A plan, notice, set of measures, guideline or standard. */
export type Policy = Entity & Node & {
  __typename?: 'Policy';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** The places it applies to. */
  appliesTo: Array<PlaceRelation>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Its goals: target facts about it, such as numbers to reach by a date. */
  goals: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedOn: Maybe<Scalars['PartialDate']['output']>;
  /** Who issued it (the first issuer), with evidence. */
  issuer: Maybe<Relationship>;
  /** Everyone who issued it. */
  issuers: Array<Relationship>;
  /** Always POLICY. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** End of the period it covers. */
  periodEnd: Maybe<Scalars['PartialDate']['output']>;
  /** Start of the period it covers. */
  periodStart: Maybe<Scalars['PartialDate']['output']>;
  /** What kind of policy it is. */
  policyType: Maybe<PolicyType>;
  /** Entities it names (MENTIONS) or supports (SUPPORTS). */
  references: Array<Relationship>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyAppliesToArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyGoalsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyIssuersArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyReferencesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A plan, notice, set of measures, guideline or standard. */
export type PolicyRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of policies. */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  /** The policies of this page, with cursors. */
  edges: Array<PolicyEdge>;
  /** The policies of this page. */
  nodes: Array<Policy>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many policies match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A policy in a page, with its cursor. */
export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The policy. */
  node: Policy;
};

/** Filters for policies; all given conditions must hold. */
export type PolicyFilter = {
  /** Only policies that apply to this place. */
  appliesTo?: InputMaybe<Scalars['ID']['input']>;
  /** Only policies issued by this entity. */
  issuedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Only policies issued on or after this date (compared at the precision given). */
  issuedFrom?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Only policies issued on or before this date (compared at the precision given). */
  issuedTo?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only policies of these types. */
  policyTypes?: InputMaybe<Array<PolicyType>>;
};

/** How to order policies. */
export type PolicyOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: PolicyOrderField;
};

/** Fields policies can be ordered by. */
export type PolicyOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Issue date (undated ones come last). */
  | 'ISSUED_ON'
  /** Name, alphabetically. */
  | 'NAME';

/** A related policy, with the relationship's type, direction, properties and evidence. */
export type PolicyRelation = {
  __typename?: 'PolicyRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related policy. */
  node: Policy;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related policy, with the relationship's type, direction, properties and evidence. */
export type PolicyRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** Kinds of policy. */
export type PolicyType =
  /** A guideline. */
  | 'GUIDELINE'
  /** A set of measures. */
  | 'MEASURES'
  /** A notice. */
  | 'NOTICE'
  /** Anything else. */
  | 'OTHER'
  /** A plan. */
  | 'PLAN'
  /** A standard. */
  | 'STANDARD';

/** How a source qualifies a number. */
export type Qualifier =
  /** About. */
  | 'ABOUT'
  /** At least. */
  | 'AT_LEAST'
  /** At most. */
  | 'AT_MOST'
  /** Exactly (the default). */
  | 'EXACTLY'
  /** Less than. */
  | 'LESS_THAN'
  /** More than. */
  | 'MORE_THAN'
  /** Nearly. */
  | 'NEARLY'
  /** Up to. */
  | 'UP_TO';

/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type Query = {
  __typename?: 'Query';
  /** A live-streaming base, industrial cluster, wholesale market, scenic spot or industrial park, by id; null when no base has it. */
  base: Maybe<Base>;
  /** Base entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  bases: Maybe<BaseConnection>;
  /** What two entities share: the documents that name both, the facts about both, and any direct relationships. */
  connections: Maybe<Connections>;
  /** A source article by id (e.g. `doc:shenzhen-daily-livestreaming-sales-2024`), or null. */
  document: Maybe<Document>;
  /** The source articles, newest first by default. */
  documents: Maybe<DocumentConnection>;
  /** A festival, campaign, visit, conference, competition or training, by id; null when no event has it. */
  event: Maybe<Event>;
  /** Event entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  events: Maybe<EventConnection>;
  /** A fact by id, or null. */
  fact: Maybe<Fact>;
  /**
   * Counts and statistics of the facts a filter selects, grouped by subject, year, document or kind.
   * Values in different units or currencies are never combined: each unit forms its own group.
   */
  factAggregate: Maybe<Array<FactGroup>>;
  /** Facts (statistics, targets, rankings, statements), filtered and ordered, one page at a time. */
  facts: Maybe<FactConnection>;
  /**
   * The knowledge audit of the graph as it stands: its connected components, entities related to
   * no other entity, and the findings of every check (seeds/README.md, Knowledge audit). These are
   * the graph's raw findings; `npm run audit` holds them against the exceptions the seed files
   * accept with a reason. It reads the whole graph, so it is weighted as a costly operation and
   * passes the admission gate.
   */
  graphHealth: Maybe<GraphHealth>;
  /** How large the graph is: node and relationship counts, overall and per label or type. */
  graphStats: Maybe<GraphStats>;
  /** One metric by key, or null when no fact uses it. */
  metric: Maybe<Metric>;
  /**
   * The metric keys facts use (`live_commerce_sales`, `active_anchors`, …), each with what it
   * measures, its units, how many facts and subjects use it and the period they cover; by key.
   */
  metrics: Maybe<MetricConnection>;
  /**
   * The entity and everything within `depth` relationships of it, as nodes and edges (with evidence)
   * that a front-end can draw directly.
   */
  neighborhood: Maybe<Subgraph>;
  /** Any object by its global id (an entity, fact, document, evidence or relationship id such as `place:guangzhou`), or null when none has it. */
  node: Maybe<Node>;
  /** Several objects by global id, in the order asked; null for each id that matches nothing. */
  nodes: Maybe<Array<Maybe<Node>>>;
  /** An occupation or profession, such as live-streaming host, by id; null when no occupation has it. */
  occupation: Maybe<Occupation>;
  /** Occupation entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  occupations: Maybe<OccupationConnection>;
  /** A government body, company, association, research institute, university or media outlet, by id; null when no organization has it. */
  organization: Maybe<Organization>;
  /** Organization entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  organizations: Maybe<OrganizationConnection>;
  /** The shortest paths between two entities over entity relationships, each as nodes and edges with evidence. */
  paths: Maybe<Array<Path>>;
  /** Person entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  people: Maybe<PersonConnection>;
  /** A named person: an official, expert, entrepreneur, streamer or reporter, by id; null when no person has it. */
  person: Maybe<Person>;
  /** A place: country, province, city, district, county, town, street, village or region, by id; null when no place has it. */
  place: Maybe<Place>;
  /** Place entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  places: Maybe<PlaceConnection>;
  /** An e-commerce, short-video, social or media platform, by id; null when no platform has it. */
  platform: Maybe<Platform>;
  /** Platform entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  platforms: Maybe<PlatformConnection>;
  /** Policy entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  policies: Maybe<PolicyConnection>;
  /** A plan, notice, set of measures, guideline or standard, by id; null when no policy has it. */
  policy: Maybe<Policy>;
  /** A study or report, with its publisher, by id; null when no report has it. */
  report: Maybe<Report>;
  /** Report entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does). */
  reports: Maybe<ReportConnection>;
  /**
   * Search for people who type: entities by name or alias (whole, begun, or misspelt), and entity
   * descriptions, fact statements and document text by their words. Ranked: the entity whose name is
   * the text, then those with the text as an alias, then names and aliases that begin with it
   * (shortest first), then every other hit by how many of the text's words it contains, then by
   * relevance score. One page at a time, forward only.
   */
  search: Maybe<SearchConnection>;
  /**
   * One metric over time for several entities: a line per subject and unit, each point a period with
   * its value and the facts (and quotes) behind it, for charts and comparisons.
   */
  series: Maybe<Array<SeriesLine>>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryBaseArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BaseOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryConnectionsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DocumentOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryEventArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryFactArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryFactAggregateArgs = {
  filter?: InputMaybe<FactFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  groupBy: FactGroupBy;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FactOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryMetricArgs = {
  key: Scalars['String']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryMetricsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  contains?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryOccupationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryOccupationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OccupationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OccupationOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryOrganizationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['PositiveInt']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  to: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPersonArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPlaceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlaceOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPlatformArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPlatformsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlatformFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlatformOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PolicyOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryPolicyArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryReportArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ReportOrder>;
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['String']['input'];
};


/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type QuerySeriesArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  metric: Scalars['String']['input'];
  subjects: Array<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * A relationship between two entities, seen from one of them: the entity at the other end, the
 * relationship's type, direction and properties, and the quotes it rests on.
 */
export type Relationship = {
  __typename?: 'Relationship';
  /** OUTGOING when the relationship points from the entity asked about to `node`. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The entity at the other end. */
  node: Entity;
  /** The role or title the relationship carries, if any (e.g. deputy director). */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/**
 * A relationship between two entities, seen from one of them: the entity at the other end, the
 * relationship's type, direction and properties, and the quotes it rests on.
 */
export type RelationshipEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** Properties a relationship may carry. */
export type RelationshipPropertiesInput = {
  /** How the support or cooperation takes place. */
  how?: InputMaybe<Scalars['String']['input']>;
  /** A role or title (part of the relationship's identity). */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** The relationship vocabulary between entities. */
export type RelationshipType =
  /** An organization or platform does business in a place it is not said to be based in. */
  | 'ACTIVE_IN'
  /** A person works for or belongs to an organization, base or platform, with a role. */
  | 'AFFILIATED_WITH'
  /** The place a policy covers. */
  | 'APPLIES_TO'
  /** An organization entrusted another with a task, such as issuing an announcement (the other issues it). */
  | 'ENTRUSTED'
  /** Created or spawned an occupation. */
  | 'GAVE_RISE_TO'
  /** An organization or person keeps an official account or channel on a platform. */
  | 'HAS_ACCOUNT_ON'
  /** Where an event took place. */
  | 'HOSTS'
  /** An organization or place issued a policy. */
  | 'ISSUED'
  /** Geographic containment (place, base, organization or person → place); for a person, the place the text puts them in. */
  | 'LOCATED_IN'
  /** A report or policy names an entity. */
  | 'MENTIONS'
  /** An organization or person runs a platform or base. */
  | 'OPERATES'
  /** Who organised an event. */
  | 'ORGANIZED'
  /** Who took part in an event. */
  | 'PARTICIPATED_IN'
  /** Cooperation between actors. */
  | 'PARTNERS_WITH'
  /** A department, bureau or institute of a larger body. */
  | 'PART_OF'
  /** The publisher of a report. */
  | 'PUBLISHED'
  /** A media outlet, account, data provider or an organization's spokesperson reported news or figures about an entity. */
  | 'REPORTED_ON'
  /** A seller (organization, person or base) sells through a platform: a store or live room on it. */
  | 'SELLS_ON'
  /** An occupation's parent profession. */
  | 'SUBTYPE_OF'
  /** Backs, funds or encourages. */
  | 'SUPPORTS'
  /** A person works in an occupation. */
  | 'WORKS_AS';

/** A study or report, with its publisher. */
export type Report = Entity & Node & {
  __typename?: 'Report';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** How many relationships it has with other entities. */
  degree: Scalars['NonNegativeInt']['output'];
  /** A short description drawn from the sources. */
  description: Maybe<Scalars['String']['output']>;
  /** The source articles that name it. */
  documents: Array<Document>;
  /** Facts about it (it is one of their subjects), newest period first. */
  facts: Array<Fact>;
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Always REPORT. */
  kind: EntityKind;
  /** Where the sources name it: verbatim quotes. */
  mentions: Array<Evidence>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Its names in other languages, language-tagged and supplied by curators (the Chinese name, …): search finds them like aliases. */
  names: Array<Name>;
  /** When it was published. */
  publishedOn: Maybe<Scalars['PartialDate']['output']>;
  /** Who published it. */
  publishers: Array<Relationship>;
  /** Entities it names. */
  references: Array<Relationship>;
  /** Its relationships with other entities, each with evidence. */
  relationships: Array<Relationship>;
  /** Findings stated by the report. */
  statements: Array<Fact>;
};


/** A study or report, with its publisher. */
export type ReportDocumentsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A study or report, with its publisher. */
export type ReportFactsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  kinds?: InputMaybe<Array<FactKind>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<SubjectRole>;
};


/** A study or report, with its publisher. */
export type ReportMentionsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A study or report, with its publisher. */
export type ReportPublishersArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A study or report, with its publisher. */
export type ReportReferencesArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A study or report, with its publisher. */
export type ReportRelationshipsArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A study or report, with its publisher. */
export type ReportStatementsArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of reports. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** The reports of this page, with cursors. */
  edges: Array<ReportEdge>;
  /** The reports of this page. */
  nodes: Array<Report>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many reports match the filter in all. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** A report in a page, with its cursor. */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: Report;
};

/** Filters for reports; all given conditions must hold. */
export type ReportFilter = {
  /** Name, any alias or any other-language name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only reports published by this entity. */
  publishedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** How to order reports. */
export type ReportOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: ReportOrderField;
};

/** Fields reports can be ordered by. */
export type ReportOrderField =
  /** Number of relationships with other entities. */
  | 'DEGREE'
  /** Name, alphabetically. */
  | 'NAME'
  /** Publication date (undated ones come last). */
  | 'PUBLISHED_ON';

/** A related report, with the relationship's type, direction, properties and evidence. */
export type ReportRelation = {
  __typename?: 'ReportRelation';
  /** OUTGOING when the relationship points from the entity asked about to this node. */
  direction: Direction;
  /** The quotes the relationship rests on. */
  evidence: Array<Evidence>;
  /** How the support or cooperation takes place, if stated. */
  how: Maybe<Scalars['String']['output']>;
  /** This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at. */
  id: Scalars['ID']['output'];
  /** The related report. */
  node: Report;
  /** The role or title the relationship carries, if any. */
  role: Maybe<Scalars['String']['output']>;
  /** The relationship type. */
  type: RelationshipType;
};


/** A related report, with the relationship's type, direction, properties and evidence. */
export type ReportRelationEvidenceArgs = {
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};

/** A page of search results, best first (see `Query.search` for the order). */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The results of this page, with how each matched and its cursor. */
  edges: Array<SearchEdge>;
  /** The results of this page. */
  nodes: Array<SearchResult>;
  /** Where this page stands; `hasPreviousPage` is true on every page after the first. */
  pageInfo: PageInfo;
  /** How many results the search has in all, every page together. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

/** One search result: what was found, how and where it matched, and its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /**
   * Opaque cursor of this result. It holds the result's place in the ranking (rank, name length,
   * score, id), so the next page starts after it even if results were added before it; while the
   * graph does not change, the same search gives the same scores and the same pages.
   */
  cursor: Scalars['String']['output'];
  /** Which field matched best: name, aliases or description (entities), statement, valueText or periodLabel (facts), title or text (documents). */
  field: Scalars['String']['output'];
  /** How the result matched the text. */
  matchedBy: SearchMatch;
  /** The entity, fact or document found. */
  node: SearchResult;
  /** Relevance score from the full-text index; higher is better. Orders results of the same rank only. */
  score: Scalars['Float']['output'];
  /** The matching field's text, shortened to about 160 characters around the first match. */
  snippet: Scalars['String']['output'];
};

/** Kinds of search result. */
export type SearchKind =
  /** Bases. */
  | 'BASE'
  /** Source documents. */
  | 'DOCUMENT'
  /** Events. */
  | 'EVENT'
  /** Facts. */
  | 'FACT'
  /** Occupations. */
  | 'OCCUPATION'
  /** Organizations. */
  | 'ORGANIZATION'
  /** People. */
  | 'PERSON'
  /** Places. */
  | 'PLACE'
  /** Platforms. */
  | 'PLATFORM'
  /** Policies. */
  | 'POLICY'
  /** Reports. */
  | 'REPORT';

/** How a search result matched the text, strongest first. */
export type SearchMatch =
  /** The text is one of the entity's aliases. */
  | 'EXACT_ALIAS'
  /** The text is the entity's name (case and spacing aside, a possessive 's dropped). */
  | 'EXACT_NAME'
  /** Words of the text appear in the result as whole words. */
  | 'FULL_TEXT'
  /** Only words spelt like those of the text match, within one edit (5 to 7 letters) or two (8 or more): a typo. */
  | 'FUZZY'
  /** The entity's name or one of its aliases begins with the text, as when typing it. */
  | 'NAME_PREFIX'
  /** Words of the result begin with words of the text, none whole ("Kuai" in Kuaishou). */
  | 'WORD_PREFIX';

/** What a search may return. */
export type SearchResult = Base | Document | Event | Fact | Occupation | Organization | Person | Place | Platform | Policy | Report;

/** One entity's values of one metric in one unit, over time. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type SeriesLine = {
  __typename?: 'SeriesLine';
  /** The currency of every value on the line, when money. */
  currency: Maybe<Scalars['String']['output']>;
  /** The points, by period start then end. */
  points: Array<SeriesPoint>;
  /** The entity. */
  subject: Entity;
  /** The unit of every value on the line. */
  unit: Maybe<Scalars['String']['output']>;
};

/** A value of a series for one period, and the facts that state it. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** Whether the facts behind the point state different values. */
  conflicting: Scalars['Boolean']['output'];
  /** The facts stating a value for this subject, metric, unit and period, with their evidence. */
  facts: Array<Fact>;
  /** The period the value covers. */
  period: Period;
  /** The value; when the facts disagree, the one from the most recently published document (the fact with the smallest id when that does not decide). */
  value: Scalars['Float']['output'];
};

/** Ascending or descending. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A part of the graph: entities and the relationships between them. An embedded value object (it has no id): client caches keep it inside the object that holds it. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The entity asked about. */
  center: Entity;
  /** Every relationship between them. */
  edges: Array<GraphEdge>;
  /** Every entity of the subgraph, the centre first. */
  nodes: Array<Entity>;
  /** True when `limit` cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** The role an entity plays in a fact. */
export type SubjectRole =
  /** The event concerned (for results). */
  | 'EVENT'
  /** The issuer concerned. */
  | 'ISSUER'
  /** Where the number applies. */
  | 'LOCATION'
  /** The occupation concerned. */
  | 'OCCUPATION'
  /** The organization concerned. */
  | 'ORGANIZATION'
  /** The person concerned. */
  | 'PERSON'
  /** The platform concerned. */
  | 'PLATFORM'
  /** The policy concerned (for targets). */
  | 'POLICY'
  /** What the fact is about. */
  | 'SUBJECT';

/**
 * An entity as the seed format describes it (seeds/README.md, Entities). Kind-specific properties
 * are accepted only on their kind.
 */
export type UpsertEntityInput = {
  /** Every other spelling the sources use. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Bases only: what kind of base. */
  baseType?: InputMaybe<BaseType>;
  /** One or two sentences from what the sources say. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Entity id, `<prefix>:<slug>` with the prefix of its kind (`place:`, `person:`, `org:`, …). */
  id: Scalars['ID']['input'];
  /** Policies only: when it was issued. */
  issuedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Where the sources name it: at least one verbatim quote. */
  mentions: Array<EvidenceInput>;
  /** Canonical name. */
  name: Scalars['String']['input'];
  /** Names in other languages, language-tagged (the Chinese name, …); at most 10. */
  names?: InputMaybe<Array<NameInput>>;
  /** Organizations only: what kind of organization. */
  orgType?: InputMaybe<OrganizationType>;
  /** Policies and events only: the period covered or the dates held. */
  period?: InputMaybe<PartialPeriodInput>;
  /** Places only: what kind of place. */
  placeType?: InputMaybe<PlaceType>;
  /** Platforms only: what kind of platform. */
  platformType?: InputMaybe<PlatformType>;
  /** Policies only: what kind of policy. */
  policyType?: InputMaybe<PolicyType>;
  /** Reports only: when it was published. */
  publishedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  /** People only: the title or role the source gives, when it names no organization. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Which kind of entity it is. */
  type: EntityKind;
};

/** What `upsertEntity` did. */
export type UpsertEntityPayload = {
  __typename?: 'UpsertEntityPayload';
  /** The audit record of this change; null when nothing changed. */
  change: Maybe<CurationChange>;
  /** False when the entity already had exactly this content: nothing was written. */
  changed: Scalars['Boolean']['output'];
  /** The entity as stored. */
  entity: Entity;
};

/** A fact as the seed format describes it (seeds/README.md, Facts). */
export type UpsertFactInput = {
  /** A stated change. */
  change?: InputMaybe<ChangeInput>;
  /** CNY or USD, when the value is money. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The quotes the fact rests on; at least one. */
  evidence: Array<EvidenceInput>;
  /** Fact id, `fact:<slug>`. */
  id: Scalars['ID']['input'];
  /** Statistic, target, ranking or statement. */
  kind: FactKind;
  /** A snake_case key shared by facts that measure the same thing. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** The period the number covers. */
  period?: InputMaybe<FactPeriodInput>;
  /** How the source qualifies the number. */
  qualifier?: InputMaybe<Qualifier>;
  /** Position, for rankings. */
  rank?: InputMaybe<Scalars['Int']['input']>;
  /** Size of the ranked list, when stated. */
  rankOf?: InputMaybe<Scalars['Int']['input']>;
  /** Who stated it: a person, organization, report or platform. */
  statedBy?: InputMaybe<Scalars['ID']['input']>;
  /** The fact as one readable sentence. */
  statement: Scalars['String']['input'];
  /** The entities the fact is about, each with its role; at least one. */
  subjects: Array<FactSubjectInput>;
  /** Unit of the value: yuan, percent, people, count, times, … */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The normalised number; needs a unit. */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** The number as the source words it. */
  valueText?: InputMaybe<Scalars['String']['input']>;
};

/** What `upsertFact` did. */
export type UpsertFactPayload = {
  __typename?: 'UpsertFactPayload';
  /** The audit record of this change; null when nothing changed. */
  change: Maybe<CurationChange>;
  /** False when the fact already had exactly this content: nothing was written. */
  changed: Scalars['Boolean']['output'];
  /** The fact as stored. */
  fact: Fact;
};

/** A relationship as the seed format describes it (seeds/README.md, Relationships). */
export type UpsertRelationshipInput = {
  /** The quotes it rests on; at least one. */
  evidence: Array<EvidenceInput>;
  /** Id of the entity it starts at. */
  from: Scalars['ID']['input'];
  /** Its properties. */
  properties?: InputMaybe<RelationshipPropertiesInput>;
  /** Id of the entity it ends at. */
  to: Scalars['ID']['input'];
  /** The relationship type; its from and to kinds must be allowed for it. */
  type: RelationshipType;
};

/** What `upsertRelationship` did. */
export type UpsertRelationshipPayload = {
  __typename?: 'UpsertRelationshipPayload';
  /** The audit record of this change; null when nothing changed. */
  change: Maybe<CurationChange>;
  /** False when the relationship already had exactly this content: nothing was written. */
  changed: Scalars['Boolean']['output'];
  /** The relationship as stored, as graph queries return it. */
  relationship: GraphEdge;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
  ;
  Node:
    | ( EntityShape )
    | ( DocumentShape )
    | ( EntityShape )
    | ( EvidenceShape )
    | ( FactShape )
    | ( EdgeShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
    | ( EntityShape )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddDocumentInput: AddDocumentInput;
  AddDocumentPayload: ResolverTypeWrapper<Omit<AddDocumentPayload, 'document'> & { document: ResolversTypes['Document'] }>;
  Affiliation: ResolverTypeWrapper<RelationShape>;
  AuditCheck: AuditCheck;
  AuditFinding: ResolverTypeWrapper<Finding>;
  Base: ResolverTypeWrapper<EntityShape>;
  BaseConnection: ResolverTypeWrapper<EntityPageShape>;
  BaseEdge: ResolverTypeWrapper<Omit<BaseEdge, 'node'> & { node: ResolversTypes['Base'] }>;
  BaseFilter: BaseFilter;
  BaseOrder: BaseOrder;
  BaseOrderField: BaseOrderField;
  BaseRelation: ResolverTypeWrapper<RelationShape>;
  BaseType: BaseType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<Change>;
  ChangeBasis: ChangeBasis;
  ChangeInput: ChangeInput;
  ChangeUnit: ChangeUnit;
  Connections: ResolverTypeWrapper<ConnectionsShape>;
  CurationAction: CurationAction;
  CurationChange: ResolverTypeWrapper<CurationChange>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateRange: DateRange;
  Direction: Direction;
  Document: ResolverTypeWrapper<DocumentShape>;
  DocumentConnection: ResolverTypeWrapper<DocumentPageShape>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentOrder: DocumentOrder;
  DocumentOrderField: DocumentOrderField;
  Entity: ResolverTypeWrapper<EntityShape>;
  EntityComponent: ResolverTypeWrapper<ComponentShape>;
  EntityKind: EntityKind;
  Event: ResolverTypeWrapper<EntityShape>;
  EventConnection: ResolverTypeWrapper<EntityPageShape>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventOrder: EventOrder;
  EventOrderField: EventOrderField;
  EventRelation: ResolverTypeWrapper<RelationShape>;
  Evidence: ResolverTypeWrapper<EvidenceShape>;
  EvidenceInput: EvidenceInput;
  Fact: ResolverTypeWrapper<FactShape>;
  FactConnection: ResolverTypeWrapper<FactPageShape>;
  FactEdge: ResolverTypeWrapper<Omit<FactEdge, 'node'> & { node: ResolversTypes['Fact'] }>;
  FactFilter: FactFilter;
  FactGroup: ResolverTypeWrapper<FactGroupShape>;
  FactGroupBy: FactGroupBy;
  FactKind: FactKind;
  FactOrder: FactOrder;
  FactOrderField: FactOrderField;
  FactPeriodInput: FactPeriodInput;
  FactPreference: FactPreference;
  FactSubject: ResolverTypeWrapper<FactSubjectShape>;
  FactSubjectInput: FactSubjectInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatRange: FloatRange;
  GraphEdge: ResolverTypeWrapper<EdgeShape>;
  GraphHealth: ResolverTypeWrapper<AuditResult>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Metric: ResolverTypeWrapper<MetricShape>;
  MetricConnection: ResolverTypeWrapper<MetricPageShape>;
  MetricEdge: ResolverTypeWrapper<Omit<MetricEdge, 'node'> & { node: ResolversTypes['Metric'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Name: ResolverTypeWrapper<Name>;
  NameInput: NameInput;
  NameOrigin: NameOrigin;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  Occupation: ResolverTypeWrapper<EntityShape>;
  OccupationConnection: ResolverTypeWrapper<EntityPageShape>;
  OccupationEdge: ResolverTypeWrapper<Omit<OccupationEdge, 'node'> & { node: ResolversTypes['Occupation'] }>;
  OccupationFilter: OccupationFilter;
  OccupationOrder: OccupationOrder;
  OccupationOrderField: OccupationOrderField;
  OccupationRelation: ResolverTypeWrapper<RelationShape>;
  Organization: ResolverTypeWrapper<EntityShape>;
  OrganizationConnection: ResolverTypeWrapper<EntityPageShape>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  OrganizationRelation: ResolverTypeWrapper<RelationShape>;
  OrganizationType: OrganizationType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  PartialPeriodInput: PartialPeriodInput;
  Path: ResolverTypeWrapper<PathShape>;
  Period: ResolverTypeWrapper<Period>;
  Person: ResolverTypeWrapper<EntityShape>;
  PersonConnection: ResolverTypeWrapper<EntityPageShape>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  PersonRelation: ResolverTypeWrapper<RelationShape>;
  Place: ResolverTypeWrapper<EntityShape>;
  PlaceConnection: ResolverTypeWrapper<EntityPageShape>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceFilter: PlaceFilter;
  PlaceOrder: PlaceOrder;
  PlaceOrderField: PlaceOrderField;
  PlaceRelation: ResolverTypeWrapper<RelationShape>;
  PlaceType: PlaceType;
  Platform: ResolverTypeWrapper<EntityShape>;
  PlatformConnection: ResolverTypeWrapper<EntityPageShape>;
  PlatformEdge: ResolverTypeWrapper<Omit<PlatformEdge, 'node'> & { node: ResolversTypes['Platform'] }>;
  PlatformFilter: PlatformFilter;
  PlatformOrder: PlatformOrder;
  PlatformOrderField: PlatformOrderField;
  PlatformRelation: ResolverTypeWrapper<RelationShape>;
  PlatformType: PlatformType;
  Policy: ResolverTypeWrapper<EntityShape>;
  PolicyConnection: ResolverTypeWrapper<EntityPageShape>;
  PolicyEdge: ResolverTypeWrapper<Omit<PolicyEdge, 'node'> & { node: ResolversTypes['Policy'] }>;
  PolicyFilter: PolicyFilter;
  PolicyOrder: PolicyOrder;
  PolicyOrderField: PolicyOrderField;
  PolicyRelation: ResolverTypeWrapper<RelationShape>;
  PolicyType: PolicyType;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  Qualifier: Qualifier;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relationship: ResolverTypeWrapper<RelationShape>;
  RelationshipPropertiesInput: RelationshipPropertiesInput;
  RelationshipType: RelationshipType;
  Report: ResolverTypeWrapper<EntityShape>;
  ReportConnection: ResolverTypeWrapper<EntityPageShape>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportFilter: ReportFilter;
  ReportOrder: ReportOrder;
  ReportOrderField: ReportOrderField;
  ReportRelation: ResolverTypeWrapper<RelationShape>;
  SearchConnection: ResolverTypeWrapper<SearchPageShape>;
  SearchEdge: ResolverTypeWrapper<SearchEdgeShape>;
  SearchKind: SearchKind;
  SearchMatch: SearchMatch;
  SearchResult: ResolverTypeWrapper<SearchResultShape>;
  SeriesLine: ResolverTypeWrapper<SeriesLineShape>;
  SeriesPoint: ResolverTypeWrapper<SeriesPointShape>;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphShape>;
  SubjectRole: SubjectRole;
  UpsertEntityInput: UpsertEntityInput;
  UpsertEntityPayload: ResolverTypeWrapper<Omit<UpsertEntityPayload, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  UpsertFactInput: UpsertFactInput;
  UpsertFactPayload: ResolverTypeWrapper<Omit<UpsertFactPayload, 'fact'> & { fact: ResolversTypes['Fact'] }>;
  UpsertRelationshipInput: UpsertRelationshipInput;
  UpsertRelationshipPayload: ResolverTypeWrapper<Omit<UpsertRelationshipPayload, 'relationship'> & { relationship: ResolversTypes['GraphEdge'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddDocumentInput: AddDocumentInput;
  AddDocumentPayload: Omit<AddDocumentPayload, 'document'> & { document: ResolversParentTypes['Document'] };
  Affiliation: RelationShape;
  AuditFinding: Finding;
  Base: EntityShape;
  BaseConnection: EntityPageShape;
  BaseEdge: Omit<BaseEdge, 'node'> & { node: ResolversParentTypes['Base'] };
  BaseFilter: BaseFilter;
  BaseOrder: BaseOrder;
  BaseRelation: RelationShape;
  Boolean: Scalars['Boolean']['output'];
  Change: Change;
  ChangeInput: ChangeInput;
  Connections: ConnectionsShape;
  CurationChange: CurationChange;
  Date: Scalars['Date']['output'];
  DateRange: DateRange;
  Document: DocumentShape;
  DocumentConnection: DocumentPageShape;
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentOrder: DocumentOrder;
  Entity: EntityShape;
  EntityComponent: ComponentShape;
  Event: EntityShape;
  EventConnection: EntityPageShape;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventOrder: EventOrder;
  EventRelation: RelationShape;
  Evidence: EvidenceShape;
  EvidenceInput: EvidenceInput;
  Fact: FactShape;
  FactConnection: FactPageShape;
  FactEdge: Omit<FactEdge, 'node'> & { node: ResolversParentTypes['Fact'] };
  FactFilter: FactFilter;
  FactGroup: FactGroupShape;
  FactOrder: FactOrder;
  FactPeriodInput: FactPeriodInput;
  FactSubject: FactSubjectShape;
  FactSubjectInput: FactSubjectInput;
  Float: Scalars['Float']['output'];
  FloatRange: FloatRange;
  GraphEdge: EdgeShape;
  GraphHealth: AuditResult;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LabelCount: LabelCount;
  Metric: MetricShape;
  MetricConnection: MetricPageShape;
  MetricEdge: Omit<MetricEdge, 'node'> & { node: ResolversParentTypes['Metric'] };
  Mutation: Record<PropertyKey, never>;
  Name: Name;
  NameInput: NameInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  Occupation: EntityShape;
  OccupationConnection: EntityPageShape;
  OccupationEdge: Omit<OccupationEdge, 'node'> & { node: ResolversParentTypes['Occupation'] };
  OccupationFilter: OccupationFilter;
  OccupationOrder: OccupationOrder;
  OccupationRelation: RelationShape;
  Organization: EntityShape;
  OrganizationConnection: EntityPageShape;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  OrganizationRelation: RelationShape;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  PartialPeriodInput: PartialPeriodInput;
  Path: PathShape;
  Period: Period;
  Person: EntityShape;
  PersonConnection: EntityPageShape;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  PersonRelation: RelationShape;
  Place: EntityShape;
  PlaceConnection: EntityPageShape;
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceFilter: PlaceFilter;
  PlaceOrder: PlaceOrder;
  PlaceRelation: RelationShape;
  Platform: EntityShape;
  PlatformConnection: EntityPageShape;
  PlatformEdge: Omit<PlatformEdge, 'node'> & { node: ResolversParentTypes['Platform'] };
  PlatformFilter: PlatformFilter;
  PlatformOrder: PlatformOrder;
  PlatformRelation: RelationShape;
  Policy: EntityShape;
  PolicyConnection: EntityPageShape;
  PolicyEdge: Omit<PolicyEdge, 'node'> & { node: ResolversParentTypes['Policy'] };
  PolicyFilter: PolicyFilter;
  PolicyOrder: PolicyOrder;
  PolicyRelation: RelationShape;
  PositiveInt: Scalars['PositiveInt']['output'];
  Query: Record<PropertyKey, never>;
  Relationship: RelationShape;
  RelationshipPropertiesInput: RelationshipPropertiesInput;
  Report: EntityShape;
  ReportConnection: EntityPageShape;
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ReportFilter: ReportFilter;
  ReportOrder: ReportOrder;
  ReportRelation: RelationShape;
  SearchConnection: SearchPageShape;
  SearchEdge: SearchEdgeShape;
  SearchResult: SearchResultShape;
  SeriesLine: SeriesLineShape;
  SeriesPoint: SeriesPointShape;
  String: Scalars['String']['output'];
  Subgraph: SubgraphShape;
  UpsertEntityInput: UpsertEntityInput;
  UpsertEntityPayload: Omit<UpsertEntityPayload, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  UpsertFactInput: UpsertFactInput;
  UpsertFactPayload: Omit<UpsertFactPayload, 'fact'> & { fact: ResolversParentTypes['Fact'] };
  UpsertRelationshipInput: UpsertRelationshipInput;
  UpsertRelationshipPayload: Omit<UpsertRelationshipPayload, 'relationship'> & { relationship: ResolversParentTypes['GraphEdge'] };
};

export type CostDirectiveArgs = {
  weight: Scalars['Int']['input'];
};

export type CostDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  extraItems?: Maybe<Scalars['Int']['input']>;
  max?: Maybe<Scalars['Int']['input']>;
  sizedFields?: Maybe<Array<Scalars['String']['input']>>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddDocumentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddDocumentPayload'] = ResolversParentTypes['AddDocumentPayload']> = {
  change?: Resolver<Maybe<ResolversTypes['CurationChange']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<AffiliationEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditFinding'] = ResolversParentTypes['AuditFinding']> = {
  check?: Resolver<ResolversTypes['AuditCheck'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Base'] = ResolversParentTypes['Base']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseType?: Resolver<Maybe<ResolversTypes['BaseType']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<BaseDocumentsArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['EventRelation']>, ParentType, ContextType, RequireFields<BaseEventsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<BaseFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['PlaceRelation']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['PersonRelation']>, ParentType, ContextType, RequireFields<BaseMembersArgs, 'first'>>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<BaseMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  occupations?: Resolver<Array<ResolversTypes['OccupationRelation']>, ParentType, ContextType, RequireFields<BaseOccupationsArgs, 'first'>>;
  operators?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<BaseOperatorsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<BaseRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BaseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BaseConnection'] = ResolversParentTypes['BaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Base']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type BaseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BaseEdge'] = ResolversParentTypes['BaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Base'], ParentType, ContextType>;
};

export type BaseRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BaseRelation'] = ResolversParentTypes['BaseRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<BaseRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Base'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  basis?: Resolver<ResolversTypes['ChangeBasis'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['ChangeUnit'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ConnectionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Connections'] = ResolversParentTypes['Connections']> = {
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
};

export type CurationChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CurationChange'] = ResolversParentTypes['CurationChange']> = {
  action?: Resolver<ResolversTypes['CurationAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<DocumentEntitiesArgs, 'first'>>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<DocumentEvidenceArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<DocumentFactsArgs, 'first'>>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publishedOnBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceLanguageNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Base' | 'Event' | 'Occupation' | 'Organization' | 'Person' | 'Place' | 'Platform' | 'Policy' | 'Report', ParentType, ContextType>;
};

export type EntityComponentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityComponent'] = ResolversParentTypes['EntityComponent']> = {
  members?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EntityComponentMembersArgs, 'first'>>;
  size?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<EventDocumentsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<EventFactsArgs, 'first'>>;
  hosts?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EventHostsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<EventMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  organizers?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EventOrganizersArgs, 'first'>>;
  participants?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  periodEnd?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EventRelationshipsArgs, 'direction' | 'first'>>;
  results?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<EventResultsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventRelation'] = ResolversParentTypes['EventRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<EventRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  agreements?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<FactAgreementsArgs, 'first'>>;
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<FactConflictsArgs, 'first'>>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<FactEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactKind'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  preference?: Resolver<ResolversTypes['FactPreference'], ParentType, ContextType>;
  preferenceReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['Qualifier']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['PositiveInt']>, ParentType, ContextType>;
  rankOf?: Resolver<Maybe<ResolversTypes['PositiveInt']>, ParentType, ContextType>;
  statedBy?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['FactSubject']>, ParentType, ContextType, RequireFields<FactSubjectsArgs, 'first'>>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FactConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactConnection'] = ResolversParentTypes['FactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type FactEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type FactGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactGroup'] = ResolversParentTypes['FactGroup']> = {
  avg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['FactKind']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FactSubjectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactSubject'] = ResolversParentTypes['FactSubject']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SubjectRole'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<GraphEdgeEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphHealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphHealth'] = ResolversParentTypes['GraphHealth']> = {
  componentCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['EntityComponent']>, ParentType, ContextType, RequireFields<GraphHealthComponentsArgs, 'first'>>;
  findingCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['AuditFinding']>, ParentType, ContextType, RequireFields<GraphHealthFindingsArgs, 'first'>>;
  isolatedEntities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<GraphHealthIsolatedEntitiesArgs, 'first'>>;
};

export type GraphStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  labels?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  relationshipTypes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MetricResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  subjectCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<MetricSubjectsArgs, 'first'>>;
  units?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MetricConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricConnection'] = ResolversParentTypes['MetricConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MetricEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type MetricEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricEdge'] = ResolversParentTypes['MetricEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addDocument?: Resolver<ResolversTypes['AddDocumentPayload'], ParentType, ContextType, RequireFields<MutationAddDocumentArgs, 'input'>>;
  upsertEntity?: Resolver<ResolversTypes['UpsertEntityPayload'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
  upsertFact?: Resolver<ResolversTypes['UpsertFactPayload'], ParentType, ContextType, RequireFields<MutationUpsertFactArgs, 'input'>>;
  upsertRelationship?: Resolver<ResolversTypes['UpsertRelationshipPayload'], ParentType, ContextType, RequireFields<MutationUpsertRelationshipArgs, 'input'>>;
};

export type NameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Name'] = ResolversParentTypes['Name']> = {
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['NameOrigin'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Base' | 'Document' | 'Event' | 'Evidence' | 'Fact' | 'GraphEdge' | 'Occupation' | 'Organization' | 'Person' | 'Place' | 'Platform' | 'Policy' | 'Report', ParentType, ContextType>;
};

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OccupationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['OccupationRelation']>, ParentType, ContextType, RequireFields<OccupationChildrenArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<OccupationDocumentsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<OccupationFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OccupationMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  originatedFrom?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<OccupationOriginatedFromArgs, 'first'>>;
  parent?: Resolver<Maybe<ResolversTypes['OccupationRelation']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<OccupationRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OccupationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OccupationConnection'] = ResolversParentTypes['OccupationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OccupationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Occupation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type OccupationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OccupationEdge'] = ResolversParentTypes['OccupationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
};

export type OccupationRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OccupationRelation'] = ResolversParentTypes['OccupationRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OccupationRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cooperation?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<OrganizationCooperationArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<OrganizationDocumentsArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['EventRelation']>, ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<OrganizationFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedPolicies?: Resolver<Array<ResolversTypes['PolicyRelation']>, ParentType, ContextType, RequireFields<OrganizationIssuedPoliciesArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['PlaceRelation']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['PersonRelation']>, ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OrganizationMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  operates?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<OrganizationOperatesArgs, 'first'>>;
  orgType?: Resolver<Maybe<ResolversTypes['OrganizationType']>, ParentType, ContextType>;
  parentOrganization?: Resolver<Maybe<ResolversTypes['OrganizationRelation']>, ParentType, ContextType>;
  publishedReports?: Resolver<Array<ResolversTypes['ReportRelation']>, ParentType, ContextType, RequireFields<OrganizationPublishedReportsArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<OrganizationRelationshipsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  units?: Resolver<Array<ResolversTypes['OrganizationRelation']>, ParentType, ContextType, RequireFields<OrganizationUnitsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationRelation'] = ResolversParentTypes['OrganizationRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OrganizationRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<PersonAffiliationsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<PersonDocumentsArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['EventRelation']>, ParentType, ContextType, RequireFields<PersonEventsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<PersonFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PersonMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PersonRelationshipsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonRelation'] = ResolversParentTypes['PersonRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PersonRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bases?: Resolver<Array<ResolversTypes['BaseRelation']>, ParentType, ContextType, RequireFields<PlaceBasesArgs, 'first'>>;
  children?: Resolver<Array<ResolversTypes['PlaceRelation']>, ParentType, ContextType, RequireFields<PlaceChildrenArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<PlaceDocumentsArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['EventRelation']>, ParentType, ContextType, RequireFields<PlaceEventsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<PlaceFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PlaceMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['OrganizationRelation']>, ParentType, ContextType, RequireFields<PlaceOrganizationsArgs, 'first'>>;
  parent?: Resolver<Maybe<ResolversTypes['PlaceRelation']>, ParentType, ContextType>;
  placeType?: Resolver<Maybe<ResolversTypes['PlaceType']>, ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['PolicyRelation']>, ParentType, ContextType, RequireFields<PlacePoliciesArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PlaceRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlaceRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceRelation'] = ResolversParentTypes['PlaceRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PlaceRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<PlatformDocumentsArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['EventRelation']>, ParentType, ContextType, RequireFields<PlatformEventsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<PlatformFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PlatformMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  occupations?: Resolver<Array<ResolversTypes['OccupationRelation']>, ParentType, ContextType, RequireFields<PlatformOccupationsArgs, 'first'>>;
  operator?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PlatformOperatorsArgs, 'first'>>;
  platformType?: Resolver<Maybe<ResolversTypes['PlatformType']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PlatformRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlatformConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformConnection'] = ResolversParentTypes['PlatformConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlatformEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PlatformEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformEdge'] = ResolversParentTypes['PlatformEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
};

export type PlatformRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformRelation'] = ResolversParentTypes['PlatformRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PlatformRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  appliesTo?: Resolver<Array<ResolversTypes['PlaceRelation']>, ParentType, ContextType, RequireFields<PolicyAppliesToArgs, 'first'>>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<PolicyDocumentsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<PolicyFactsArgs, 'first'>>;
  goals?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<PolicyGoalsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PolicyIssuersArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PolicyMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  policyType?: Resolver<Maybe<ResolversTypes['PolicyType']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PolicyReferencesArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<PolicyRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PolicyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
};

export type PolicyRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyRelation'] = ResolversParentTypes['PolicyRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PolicyRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  base?: Resolver<Maybe<ResolversTypes['Base']>, ParentType, ContextType, RequireFields<QueryBaseArgs, 'id'>>;
  bases?: Resolver<Maybe<ResolversTypes['BaseConnection']>, ParentType, ContextType, Partial<QueryBasesArgs>>;
  connections?: Resolver<Maybe<ResolversTypes['Connections']>, ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'a' | 'b'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<Maybe<ResolversTypes['DocumentConnection']>, ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<Maybe<ResolversTypes['EventConnection']>, ParentType, ContextType, Partial<QueryEventsArgs>>;
  fact?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<QueryFactArgs, 'id'>>;
  factAggregate?: Resolver<Maybe<Array<ResolversTypes['FactGroup']>>, ParentType, ContextType, RequireFields<QueryFactAggregateArgs, 'first' | 'groupBy'>>;
  facts?: Resolver<Maybe<ResolversTypes['FactConnection']>, ParentType, ContextType, Partial<QueryFactsArgs>>;
  graphHealth?: Resolver<Maybe<ResolversTypes['GraphHealth']>, ParentType, ContextType>;
  graphStats?: Resolver<Maybe<ResolversTypes['GraphStats']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType, RequireFields<QueryMetricArgs, 'key'>>;
  metrics?: Resolver<Maybe<ResolversTypes['MetricConnection']>, ParentType, ContextType, Partial<QueryMetricsArgs>>;
  neighborhood?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Node']>>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  occupation?: Resolver<Maybe<ResolversTypes['Occupation']>, ParentType, ContextType, RequireFields<QueryOccupationArgs, 'id'>>;
  occupations?: Resolver<Maybe<ResolversTypes['OccupationConnection']>, ParentType, ContextType, Partial<QueryOccupationsArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<Maybe<ResolversTypes['OrganizationConnection']>, ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  paths?: Resolver<Maybe<Array<ResolversTypes['Path']>>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, Partial<QueryPeopleArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  places?: Resolver<Maybe<ResolversTypes['PlaceConnection']>, ParentType, ContextType, Partial<QueryPlacesArgs>>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<QueryPlatformArgs, 'id'>>;
  platforms?: Resolver<Maybe<ResolversTypes['PlatformConnection']>, ParentType, ContextType, Partial<QueryPlatformsArgs>>;
  policies?: Resolver<Maybe<ResolversTypes['PolicyConnection']>, ParentType, ContextType, Partial<QueryPoliciesArgs>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPolicyArgs, 'id'>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reports?: Resolver<Maybe<ResolversTypes['ReportConnection']>, ParentType, ContextType, Partial<QueryReportsArgs>>;
  search?: Resolver<Maybe<ResolversTypes['SearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  series?: Resolver<Maybe<Array<ResolversTypes['SeriesLine']>>, ParentType, ContextType, RequireFields<QuerySeriesArgs, 'metric' | 'subjects'>>;
};

export type RelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<RelationshipEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type ReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<ReportDocumentsArgs, 'first'>>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<ReportFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ReportMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publishers?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ReportPublishersArgs, 'first'>>;
  references?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ReportReferencesArgs, 'first'>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<ReportRelationshipsArgs, 'direction' | 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, RequireFields<ReportStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type ReportEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
};

export type ReportRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportRelation'] = ResolversParentTypes['ReportRelation']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ReportRelationEvidenceArgs, 'first'>>;
  how?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Base' | 'Document' | 'Event' | 'Fact' | 'Occupation' | 'Organization' | 'Person' | 'Place' | 'Platform' | 'Policy' | 'Report', ParentType, ContextType>;
};

export type SeriesLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesLine'] = ResolversParentTypes['SeriesLine']> = {
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SeriesPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = {
  conflicting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  center?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpsertEntityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpsertEntityPayload'] = ResolversParentTypes['UpsertEntityPayload']> = {
  change?: Resolver<Maybe<ResolversTypes['CurationChange']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type UpsertFactPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpsertFactPayload'] = ResolversParentTypes['UpsertFactPayload']> = {
  change?: Resolver<Maybe<ResolversTypes['CurationChange']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type UpsertRelationshipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpsertRelationshipPayload'] = ResolversParentTypes['UpsertRelationshipPayload']> = {
  change?: Resolver<Maybe<ResolversTypes['CurationChange']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AddDocumentPayload?: AddDocumentPayloadResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  AuditFinding?: AuditFindingResolvers<ContextType>;
  Base?: BaseResolvers<ContextType>;
  BaseConnection?: BaseConnectionResolvers<ContextType>;
  BaseEdge?: BaseEdgeResolvers<ContextType>;
  BaseRelation?: BaseRelationResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Connections?: ConnectionsResolvers<ContextType>;
  CurationChange?: CurationChangeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityComponent?: EntityComponentResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventRelation?: EventRelationResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactConnection?: FactConnectionResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  FactGroup?: FactGroupResolvers<ContextType>;
  FactSubject?: FactSubjectResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphHealth?: GraphHealthResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  MetricConnection?: MetricConnectionResolvers<ContextType>;
  MetricEdge?: MetricEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Name?: NameResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  Occupation?: OccupationResolvers<ContextType>;
  OccupationConnection?: OccupationConnectionResolvers<ContextType>;
  OccupationEdge?: OccupationEdgeResolvers<ContextType>;
  OccupationRelation?: OccupationRelationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationRelation?: OrganizationRelationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Path?: PathResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonRelation?: PersonRelationResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlaceRelation?: PlaceRelationResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformConnection?: PlatformConnectionResolvers<ContextType>;
  PlatformEdge?: PlatformEdgeResolvers<ContextType>;
  PlatformRelation?: PlatformRelationResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PolicyRelation?: PolicyRelationResolvers<ContextType>;
  PositiveInt?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ReportRelation?: ReportRelationResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SeriesLine?: SeriesLineResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  UpsertEntityPayload?: UpsertEntityPayloadResolvers<ContextType>;
  UpsertFactPayload?: UpsertFactPayloadResolvers<ContextType>;
  UpsertRelationshipPayload?: UpsertRelationshipPayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  cost?: CostDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
