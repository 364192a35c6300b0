import type { Expression, Node, Program } from 'estree';
import type { JsonValue } from '../json';

/**
 * The value of a literal JS expression (numbers, strings, booleans, null, arrays, plain
 * objects; a leading minus), or an error saying what is not literal. Scene steps are data
 * the compiler must be able to check, so they may not compute anything.
 */
export function literalValue(program: Program | undefined): JsonValue {
  const statement = program?.body[0];
  if (!statement || program.body.length !== 1 || statement.type !== 'ExpressionStatement') throw new Error('expected one literal value');
  return literal(statement.expression);
}

function literal(node: Expression | Node): JsonValue {
  switch (node.type) {
    case 'Literal': {
      const { value } = node as { value: unknown };
      if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      break;
    }
    case 'UnaryExpression': {
      const { operator, argument } = node as { operator: string; argument: Node };
      const value = literal(argument);
      if ((operator === '-' || operator === '+') && typeof value === 'number') return operator === '-' ? -value : value;
      break;
    }
    case 'ArrayExpression': {
      const { elements } = node as { elements: (Node | null)[] };
      return elements.map((element) => {
        if (!element || element.type === 'SpreadElement') throw new Error('arrays may not have holes or spreads');
        return literal(element);
      });
    }
    case 'ObjectExpression': {
      const { properties } = node as { properties: Node[] };
      const entries = properties.map((property): [string, JsonValue] => {
        const p = property as { type: string; computed?: boolean; method?: boolean; key?: Node; value?: Node };
        if (p.type !== 'Property' || p.computed || p.method || !p.key || !p.value) throw new Error('objects may only have plain `key: value` entries');
        const key = p.key.type === 'Identifier' ? (p.key as { name: string }).name : (p.key as { value?: unknown }).value;
        if (typeof key !== 'string') throw new Error('object keys must be names or strings');
        return [key, literal(p.value)];
      });
      return Object.fromEntries(entries);
    }
  }
  throw new Error(`\`${describe(node)}\` is not a literal value (write numbers, strings, true/false, arrays or objects)`);
}

const describe = (node: Node) => (node.type === 'Identifier' ? (node as { name: string }).name : node.type);
