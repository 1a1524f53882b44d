import { describe, expect, it } from 'vitest';
import { parseCaption } from './captions.js';

describe('parseCaption', () => {
  it.each([
    ['People walk past, Monday, April 28, 2025.(AP Photo/Ahn Young-joon)', 'People walk past, Monday, April 28, 2025.', 'AP Photo/Ahn Young-joon'],
    ['She speaks in Tokyo, Japan, 18 February 2026. EPA/FRANCK ROBICHON', 'She speaks in Tokyo, Japan, 18 February 2026.', 'EPA/FRANCK ROBICHON'],
    ['A protest in Diyarbakir on February 15, 2026. (Photo by Ilyas AKENGIN / AFP)', 'A protest in Diyarbakir on February 15, 2026.', 'Photo by Ilyas AKENGIN / AFP'],
    ['A man holds a flag in Tehran, Iran, 17 February 2026. (EPA)', 'A man holds a flag in Tehran, Iran, 17 February 2026.', 'EPA'],
    ['Firefighters at the scene on Sunday. Reuters/Jane Doe', 'Firefighters at the scene on Sunday.', 'Reuters/Jane Doe'],
    ['Rescuers search the rubble. (Xinhua)', 'Rescuers search the rubble.', 'Xinhua'],
    ['Troops patrol the border. Photo: John Smith/Getty Images', 'Troops patrol the border.', 'Photo: John Smith/Getty Images'],
  ])('splits %s', (line, caption, creditText) => {
    expect(parseCaption(line)).toEqual({ caption, creditText });
  });

  it.each([
    'Crowds gather in the capital (file).',
    'Leaders meet in Brussels.',
    'Supporters of the ruling party (AKP) rally in Ankara.',
  ])('leaves a caption without a credit whole: %s', (line) => {
    const r = parseCaption(line);
    if (r.creditText) expect(r.creditText).toMatch(/file/i);
    else expect(r.caption).toBe(line);
  });
});
