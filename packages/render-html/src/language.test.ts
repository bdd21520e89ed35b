import { describe, expect, it } from 'vitest';
import { wellFormedLanguage } from './language.js';

describe('wellFormedLanguage', () => {
  it('gives the canonical tag, the same on every call', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(wellFormedLanguage('EN-gb')).toBe('en-GB');
      expect(wellFormedLanguage(' pt-br ')).toBe('pt-BR');
      expect(wellFormedLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    }
  });

  it('refuses what is not BCP 47, the same on every call', () => {
    for (let round = 0; round < 2; round += 1) {
      for (const tag of ['not a tag', 'en_GB', '123', '', '   ', undefined]) expect(wellFormedLanguage(tag), String(tag)).toBeUndefined();
    }
  });

  it('keeps answering right after many different tags', () => {
    for (let i = 0; i < 600; i += 1) expect(wellFormedLanguage(`en-x-t${i}`)).toBe(`en-x-t${i}`);
    expect(wellFormedLanguage('EN-gb')).toBe('en-GB');
  });
});
