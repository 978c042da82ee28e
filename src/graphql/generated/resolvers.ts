import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date (YYYY-MM-DD), from graphql-scalars. */
  Date: { input: string; output: string; }
  /** A non-negative whole number, from graphql-scalars. */
  NonNegativeInt: { input: number; output: number; }
};

/** Size of the knowledge graph as Neo4j counts it right now. */
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

/** How many nodes carry a label, or how many relationships have a type. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** How many there are. */
  count: Scalars['NonNegativeInt']['output'];
  /** The node label or relationship type. */
  name: Scalars['String']['output'];
};

/** The root of every read. Everything here is read from the Neo4j graph in read transactions. */
export type Query = {
  __typename?: 'Query';
  /** How large the graph is: node and relationship counts, overall and per label or type. */
  graphStats: GraphStats;
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  GraphStats: GraphStats;
  LabelCount: LabelCount;
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

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

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  graphStats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Date?: GraphQLScalarType;
  GraphStats?: GraphStatsResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
};

