import fc from 'fast-check';
import { checkContentFields } from '../../cms/src/http/check-content-fields';

/** The path and message of the 400 a query gets, or null when it passes. */
function refusal(query: Record<string, unknown>): { path: unknown; message: string } | null {
  try {
    checkContentFields(query);
    return null;
  } catch (error) {
    const e = error as { message: string; details: { errors: Array<{ path: unknown }> } };
    return { path: e.details.errors[0].path, message: e.message };
  }
}

describe('checkContentFields (content-API fields Strapi would answer with a 500)', () => {
  it('refuses a name every object has through its prototype, naming where it is', () => {
    expect(refusal({ fields: ['__proto__'] })).toEqual({
      path: ['fields'],
      message: 'fields: "__proto__" is not an attribute',
    });
    expect(refusal({ fields: 'title,constructor' })?.path).toEqual(['fields']);
    expect(refusal({ fields: ['title', ['toString']] })?.path).toEqual(['fields']);
    expect(refusal({ populate: { topic: { fields: ['valueOf'] } } })?.path).toEqual(['populate', 'topic', 'fields']);
    const deep = { populate: { topic: { populate: { answers: { fields: 'hasOwnProperty' } } } } };
    expect(refusal(deep)?.path).toEqual(['populate', 'topic', 'populate', 'answers', 'fields']);
    const zone = { populate: { blocks: { on: { 'shared.link': { fields: ['isPrototypeOf'] } } } } };
    expect(refusal(zone)?.path).toEqual(['populate', 'blocks', 'on', 'shared.link', 'fields']);
  });

  it('leaves real attribute names, unknown names and other shapes to Strapi', () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ fields: ['title', 'slug'], populate: '*' })).toBeNull();
    expect(refusal({ fields: 'nope', populate: { topic: { fields: ['name'] }, partners: true } })).toBeNull();
    expect(refusal({ fields: { 0: 'constructor' } })).toBeNull(); // not a list: Strapi's own 400
    expect(refusal({ populate: ['constructor'] })).toBeNull(); // a relation name: Strapi's own 400
  });

  it('never throws anything but its 400, whatever the query (property)', () => {
    const names = fc.oneof(fc.constantFrom('constructor', '__proto__', 'title', 'toString'), fc.string());
    const query = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, names, fc.array(names), fc.dictionary(names, tie('value'))),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('fields', 'populate', 'sort'), query), (q) => {
        const r = refusal(q as Record<string, unknown>);
        if (r) expect(r.message).toMatch(/is not an attribute$/);
      }),
    );
  });
});
