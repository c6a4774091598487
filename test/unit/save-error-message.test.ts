import { saveErrorMessage } from '../../cms/src/admin/designer/save-error-message';
import { translator } from '../../cms/src/admin/designer/messages';

const refused = (path: Array<string | number>) => ({
  error: { message: 'steps[1].key: Invalid string', details: { errors: [{ path }] } },
});

describe("a refused designer save in the admin's language", () => {
  it('names the step (from 1) and the key in fi, sv and en, not the API message', () => {
    const body = refused(['steps', 1, 'key']);
    expect(saveErrorMessage(body, 400, translator('fi'))).toBe(
      'Tallennus epäonnistui: Vaihe 2: tunniste puuttuu tai sisältää muita merkkejä kuin a–z, 0–9 ja -',
    );
    expect(saveErrorMessage(body, 400, translator('sv'))).toContain('Steg 2: identifieraren saknas');
    expect(saveErrorMessage(body, 400, translator('en'))).toContain('Step 2: the identifier is missing');
  });

  it("names an option's field by the form's label", () => {
    expect(saveErrorMessage(refused(['steps', '0', 'options', '2', 'label', 'sv']), 400, translator('fi'))).toBe(
      'Tallennus epäonnistui: Vaihe 1, vaihtoehto 3: kenttä ”Teksti (ruotsi)” ei kelpaa (tarkista pituus ja sisältö)',
    );
    expect(saveErrorMessage(refused(['steps', 3, 'prompt', 'fi']), 400, translator('sv'))).toContain(
      'Steg 4: fältet ”Fråga (finska)”',
    );
  });

  it('falls back to the status when the answer names no field', () => {
    expect(saveErrorMessage(undefined, 500, translator('en'))).toBe('Saving failed: 500');
  });
});
