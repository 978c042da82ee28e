import { describe, expect, it } from 'vitest';
import { ArgsError, exampleArgs, parseCliArgs, shellWords } from '../../src/cypher/args.js';
import { HeaderError, parseQueryFile, undeclaredParameters, usedParameters } from '../../src/cypher/header.js';
import { coerceParams, coerceValue, ParamError } from '../../src/cypher/params.js';
import { errorLine, prepareQuery } from '../../src/cypher/run.js';
import { DatabaseError } from '../../src/db/neo4j.js';

const QUERY = `// Title: Facts in a period
// Answers: Which facts overlap a period,
//   in time order?
// Param: from date first day, YYYY-MM-DD
// Param: limit int most rows [default: 10]
// Param: kinds list<string> kinds to keep [default: null]
// Example: npm run cypher -- cypher/queries/09-x.cypher --param from=2023-01-01

// Not part of the header: a comment of the query's own.
MATCH (f:Fact) WHERE f.periodEnd >= date($from) AND ($kinds IS NULL OR f.kind IN $kinds)
RETURN f.id LIMIT toInteger($limit);
`;

describe('parseQueryFile', () => {
  it('reads title, answers over several lines, parameters with types and defaults, and the example', () => {
    const q = parseQueryFile(QUERY);
    expect(q.title).toBe('Facts in a period');
    expect(q.answers).toBe('Which facts overlap a period, in time order?');
    expect(q.example).toBe('npm run cypher -- cypher/queries/09-x.cypher --param from=2023-01-01');
    expect(q.params).toEqual([
      { name: 'from', type: 'date', description: 'first day, YYYY-MM-DD', required: true },
      { name: 'limit', type: 'int', description: 'most rows', required: false, defaultValue: 10 },
      { name: 'kinds', type: 'list<string>', description: 'kinds to keep', required: false, defaultValue: null },
    ]);
  });

  it('sends the whole file, comments included, without a trailing semicolon', () => {
    const q = parseQueryFile(QUERY);
    expect(q.cypher.startsWith('// Title:')).toBe(true);
    expect(q.cypher.endsWith('LIMIT toInteger($limit)')).toBe(true);
  });

  it('accepts a file without a header', () => {
    expect(parseQueryFile('MATCH (n) RETURN count(n)')).toEqual({
      title: undefined,
      answers: undefined,
      params: [],
      example: undefined,
      cypher: 'MATCH (n) RETURN count(n)',
    });
  });

  it.each([
    ['// Param: n integer how many', /line 1: parameter 'n' has unknown type 'integer'/],
    ['// Param: n', /line 1: a Param line reads/],
    ['// Param: n int how many [default: lots]', /line 1: the default of parameter 'n' must be an int, got 'lots'/],
    ['// Param: n int a\n// Param: n int b', /line 2: parameter 'n' is declared twice/],
    ['// Title: a\n// Title: b', /line 2: Title is given twice/],
    ['// Title: a\n// Parm: n int how many', /line 2: expected Title, Answers, Param or Example, got '\/\/ Parm: n int how many'/],
  ])('rejects %j', (text, message) => {
    expect(() => parseQueryFile(text)).toThrow(HeaderError);
    expect(() => parseQueryFile(text)).toThrow(message);
  });
});

describe('usedParameters', () => {
  it('finds $names in code, not in comments, strings or quoted names', () => {
    const cypher = "// uses $notThis\nMATCH (n {id: $id}) WHERE n.name <> '$nor' AND n.`$nope` = $id /* $no */ RETURN $limit";
    expect(usedParameters(cypher)).toEqual(['id', 'limit']);
  });

  it('lists what the header leaves undeclared', () => {
    expect(undeclaredParameters(parseQueryFile('// Param: a string x\nRETURN $a, $b'))).toEqual(['b']);
  });
});

describe('coerceValue', () => {
  it.each([
    ['string', 'place:guangzhou', 'place:guangzhou'],
    ['int', '-12', -12],
    ['float', '2.5e3', 2500],
    ['boolean', 'true', true],
    ['boolean', 'No', false],
    ['date', '2024-02-29', '2024-02-29'],
    ['list<string>', 'Place, Person,,', ['Place', 'Person']],
  ] as const)('%s %j', (type, text, value) => {
    expect(coerceValue(type, text)).toEqual(value);
  });

  it.each([
    ['int', '1.5', "must be an int, got '1.5'"],
    ['int', '99999999999999999999', 'must be an int'],
    ['float', 'abc', 'must be a float'],
    ['float', '', 'must be a float'],
    ['boolean', 'maybe', 'must be a boolean (true or false)'],
    ['date', '2023-02-29', 'must be a date (YYYY-MM-DD)'],
    ['date', '2023', 'must be a date (YYYY-MM-DD)'],
  ] as const)('rejects %s %j', (type, text, message) => {
    expect(() => coerceValue(type, text)).toThrow(message);
  });
});

describe('coerceParams', () => {
  const { params } = parseQueryFile(QUERY);

  it('coerces given values and fills in defaults', () => {
    expect(coerceParams(params, { from: '2023-01-01', kinds: 'Place,Person' })).toEqual({ from: '2023-01-01', limit: 10, kinds: ['Place', 'Person'] });
  });

  it('names every unknown, missing and bad parameter in one message', () => {
    const attempt = () => coerceParams(params, { limit: 'ten', form: '2023-01-01' });
    expect(attempt).toThrow(ParamError);
    expect(attempt).toThrow(
      "unknown parameter 'form' (this query takes from, limit, kinds); " +
        "missing parameter 'from' (date: first day, YYYY-MM-DD); pass --param from=…; " +
        "parameter 'limit' must be an int, got 'ten'",
    );
  });

  it('says when a query takes no parameters', () => {
    expect(() => coerceParams([], { x: '1' })).toThrow("unknown parameter 'x' (this query takes no parameters)");
  });
});

describe('prepareQuery', () => {
  it('refuses a query using a parameter its header does not declare', () => {
    expect(() => prepareQuery('// Title: t\nMATCH (n {id: $id}) RETURN n', {})).toThrow("the query uses $id without a '// Param:' line");
  });
});

describe('parseCliArgs', () => {
  it('takes one file and any number of --param key=value', () => {
    expect(parseCliArgs(['q.cypher', '--param', 'id=place:guangzhou', '--param=q=a=b'])).toEqual({
      file: 'q.cypher',
      params: { id: 'place:guangzhou', q: 'a=b' },
      format: 'table',
      wide: false,
    });
  });

  it('takes --format table, csv or json and --wide', () => {
    expect(parseCliArgs(['q.cypher', '--format', 'csv'])).toMatchObject({ format: 'csv', wide: false });
    expect(parseCliArgs(['q.cypher', '--format=json', '--wide'])).toMatchObject({ format: 'json', wide: true });
    expect(parseCliArgs(['q.cypher', '--wide'])).toMatchObject({ format: 'table', wide: true });
  });

  it.each([
    [[], 'no query file given'],
    [['a.cypher', 'b.cypher'], 'one query file at a time'],
    [['a.cypher', '--param', 'noequals'], "--param expects key=value, got 'noequals'"],
    [['a.cypher', '--param', 'a=1', '--param', 'a=2'], "parameter 'a' is given twice"],
    [['a.cypher', '--limit', '3'], "Unknown option '--limit'"],
    [['a.cypher', '--format', 'xml'], "--format expects table, csv, json, got 'xml'"],
    [['a.cypher', '--format'], "Option '--format <value>' argument missing"],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(ArgsError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('example lines', () => {
  it('split like a shell, honouring quotes', () => {
    expect(shellWords(`npm run cypher -- f.cypher --param q="Sister Mi" --param 'x=a b'`)).toEqual([
      'npm',
      'run',
      'cypher',
      '--',
      'f.cypher',
      '--param',
      'q=Sister Mi',
      '--param',
      'x=a b',
    ]);
  });

  it('give the arguments the CLI would get', () => {
    expect(exampleArgs('npm run cypher -- cypher/queries/x.cypher --param a=1')).toMatchObject({ file: 'cypher/queries/x.cypher', params: { a: '1' } });
    expect(() => exampleArgs('cypher x.cypher')).toThrow("has no '--' before the query file");
  });
});

describe('errorLine', () => {
  it('keeps the first line of what the database said', () => {
    const cause = new Error('Variable `m` not defined (line 1, column 25 (offset: 24))\n"MATCH (n) RETURN m"\n                 ^');
    const err = new DatabaseError('client', 'The graph database rejected the query', 'Neo.ClientError.Statement.SyntaxError', { cause });
    expect(errorLine(err)).toBe('The graph database rejected the query: Variable `m` not defined (line 1, column 25 (offset: 24))');
  });

  it('joins a multi-line message into one line', () => {
    expect(errorLine(new Error('Invalid configuration:\n  NEO4J_URI: must be a bolt:// URI'))).toBe('Invalid configuration: NEO4J_URI: must be a bolt:// URI');
  });
});
