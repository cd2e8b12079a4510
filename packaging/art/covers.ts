/**
 * Writes the cover illustration of every module (modules/<id>/cover.svg, 640 × 360, no text in the
 * art) and wires `cover: { image, alt }` into its module file.
 *
 *   npx tsx packaging/art/covers.ts
 *
 * Each cover is composed by hand below from a few flat shapes (figures, houses, furniture) in the
 * palette of svg-kit.ts. A new cover: add a function to COVERS with the module id and a Dutch alt
 * that says what the picture shows, run the command, look at it with packaging/art/contact-sheet.ts.
 * Keep each file under 6 KB where you can (tests/unit/module-art.test.ts allows 12 KB).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIN, HAIR } from './portrait.js';
import { C, el, svgDoc, wireCover } from './svg-kit.js';

const W = 640;
const H = 360;

interface Look {
  skin: keyof typeof SKIN;
  top: string;
  pants?: string;
  hair: string;
  /** long hair down to the shoulders; bald: hair only on the sides; scarf: headscarf in this colour. */
  style?: 'long' | 'bald' | 'scarf';
  scarf?: string;
}

const rect = (x: number, y: number, w: number, h: number, fill: string, rx?: number) => el('rect', { x, y, width: w, height: h, rx, fill });
const circle = (cx: number, cy: number, r: number, fill: string) => el('circle', { cx, cy, r, fill });
const path = (d: string, fill: string, extra: Record<string, string | number> = {}) => el('path', { d, fill, ...extra });
const line = (d: string, stroke: string, width: number, extra: Record<string, string | number> = {}) =>
  el('path', { d, fill: 'none', stroke, 'stroke-width': width, 'stroke-linecap': 'round', ...extra });
const n = (v: number) => Math.round(v * 10) / 10;

/** Head with hair, radius r, centre (x, y). */
function head(x: number, y: number, r: number, o: Look): string {
  const skin = SKIN[o.skin][0];
  const hr = r * 1.08;
  if (o.style === 'scarf') {
    return (
      path(`M${n(x - hr)} ${n(y + r * 1.6)}V${n(y)}A${n(hr)} ${n(hr)} 0 0 1 ${n(x + hr)} ${n(y)}V${n(y + r * 1.6)}Z`, o.scarf ?? C.navy) +
      circle(x, y + r * 0.12, r * 0.78, skin)
    );
  }
  const back = o.style === 'long' ? rect(x - hr, y - r * 0.2, hr * 2, r * 1.9, o.hair, r * 0.5) : '';
  const top =
    o.style === 'bald'
      ? path(
          `M${n(x - hr)} ${n(y + r * 0.2)}Q${n(x - hr)} ${n(y - r * 0.6)} ${n(x - r * 0.5)} ${n(y - r * 0.75)}L${n(x - r * 0.7)} ${n(y + r * 0.3)}Z`,
          o.hair,
        ) +
        path(
          `M${n(x + hr)} ${n(y + r * 0.2)}Q${n(x + hr)} ${n(y - r * 0.6)} ${n(x + r * 0.5)} ${n(y - r * 0.75)}L${n(x + r * 0.7)} ${n(y + r * 0.3)}Z`,
          o.hair,
        )
      : path(
          `M${n(x - hr)} ${n(y + r * 0.15)}A${n(hr)} ${n(hr)} 0 0 1 ${n(x + hr)} ${n(y + r * 0.15)}Q${n(x)} ${n(y - r * 0.95)} ${n(x - hr)} ${n(y + r * 0.15)}Z`,
          o.hair,
        );
  return back + circle(x, y, r, skin) + top;
}

/** Torso with rounded shoulders from top to bottom, width w, centred on x. */
function torso(x: number, top: number, bottom: number, w: number, fill: string): string {
  const k = w * 0.3;
  return path(
    `M${n(x - w / 2)} ${n(bottom)}V${n(top + k)}Q${n(x - w / 2)} ${n(top)} ${n(x - w / 2 + k)} ${n(top)}H${n(x + w / 2 - k)}Q${n(x + w / 2)} ${n(top)} ${n(x + w / 2)} ${n(top + k)}V${n(bottom)}Z`,
    fill,
  );
}

/** A standing person, feet at y, height h. */
function stand(x: number, y: number, h: number, o: Look): string {
  const r = h * 0.105;
  const hy = y - h + r;
  const w = h * 0.3;
  const hip = y - h * 0.42;
  const leg = w * 0.36;
  const pants = o.pants ?? C.navy;
  return (
    rect(x - leg - w * 0.03, hip - 2, leg, y - hip + 2, pants) +
    rect(x + w * 0.03, hip - 2, leg, y - hip + 2, pants) +
    torso(x, hy + r * 1.25, hip + h * 0.04, w, o.top) +
    head(x, hy, r, o)
  );
}

/** Head and shoulders of a person seated behind a table or in a chair; y is the table top, r the head radius. */
function bust(x: number, y: number, r: number, o: Look): string {
  return torso(x, y - r * 2.6, y + r, r * 3.1, o.top) + head(x, y - r * 3.7, r, o);
}

const window_ = (x: number, y: number, w: number, h: number, frame: string, glass: string) =>
  rect(x, y, w, h, frame, 4) + rect(x + 5, y + 5, w - 10, h - 10, glass, 2) + rect(x + w / 2 - 2, y + 5, 4, h - 10, frame);

const tree = (x: number, y: number, s: number, leaf: string = C.sage) =>
  rect(x - s * 0.12, y - s, s * 0.24, s, C.woodDark) +
  circle(x, y - s * 1.25, s * 0.6, leaf) +
  circle(x - s * 0.35, y - s * 0.95, s * 0.42, leaf) +
  circle(x + s * 0.38, y - s * 0.98, s * 0.4, leaf);

const house = (x: number, y: number, w: number, h: number, wall: string, roof: string) =>
  rect(x, y - h, w, h, wall) +
  path(`M${x - 8} ${y - h}L${x + w / 2} ${y - h - w * 0.45}L${x + w + 8} ${y - h}Z`, roof) +
  rect(x + w * 0.4, y - h * 0.55, w * 0.2, h * 0.55, C.woodDark, 2) +
  rect(x + w * 0.12, y - h * 0.8, w * 0.2, h * 0.22, C.tealPale, 2) +
  rect(x + w * 0.68, y - h * 0.8, w * 0.2, h * 0.22, C.tealPale, 2);

const mug = (x: number, y: number, c: string) => rect(x, y - 12, 11, 12, c, 2) + line(`M${x + 11} ${y - 9}q5 0 5 3.5t-5 3.5`, c, 2);

const cloud = (x: number, y: number, s: number, fill: string = C.white) =>
  path(
    `M${x} ${y}h${s * 2.4}a${s * 0.55} ${s * 0.55} 0 0 0-${s * 0.5}-${s * 0.9}a${s * 0.75} ${s * 0.75} 0 0 0-${s * 1.3}-${s * 0.3}a${s * 0.6} ${s * 0.6} 0 0 0-${s * 0.6} ${s * 1.2}z`,
    fill,
  );

const bubble = (x: number, y: number, w: number, h: number, fill: string, tailLeft = true) =>
  rect(x, y, w, h, fill, h / 2) +
  path(tailLeft ? `M${x + w * 0.25} ${y + h - 2}l-8 16l22-14z` : `M${x + w * 0.75} ${y + h - 2}l8 16l-22-14z`, fill);

const sky = (c: string) => rect(0, 0, W, H, c);

interface Cover {
  alt: string;
  draw: () => string;
}

export const COVERS: Record<string, Cover> = {
  'betrokkenheid-participatie': {
    alt: 'Een buurtmoestuin achter een flat. Een jonge man geeft de planten water, een oudere vrouw en een wijkteammedewerker werken met hem mee aan de plantenbakken.',
    draw: () => {
      let s = sky('#eaf4f1') + circle(560, 70, 30, C.mustard) + rect(40, 60, 250, 220, '#d6e5e2') + rect(300, 100, 180, 180, '#cbdedb');
      for (let r = 0; r < 4; r++) for (let c = 0; c < 5; c++) s += rect(58 + c * 46, 80 + r * 46, 24, 26, C.white, 3);
      for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) s += rect(316 + c * 42, 118 + r * 46, 22, 26, C.white, 3);
      s += rect(0, 270, W, 90, '#b9d6a8') + rect(0, 262, W, 12, '#a5c993');
      const bed = (x: number) =>
        rect(x, 292, 150, 34, C.wood, 4) +
        rect(x, 292, 150, 8, C.woodDark, 3) +
        [20, 55, 90, 125].map((d) => circle(x + d, 284, 13, C.leaf) + circle(x + d + 8, 278, 9, C.sageDark)).join('');
      s += bed(70) + bed(400) + circle(160, 276, 6, C.terracotta) + circle(455, 276, 6, C.coral);
      s += stand(250, 330, 150, { skin: 'fair', top: C.sageDark, pants: C.navy, hair: HAIR.brown });
      s +=
        rect(272, 248, 28, 22, C.dustyBlue, 4) + line('M300 252l22-10', C.dustyBlue, 4) + line('M326 250l6 10M320 252l4 12', '#8fbbe0', 2);
      s += stand(360, 330, 130, { skin: 'light', top: C.olive, pants: C.grey, hair: HAIR.grey });
      s += stand(560, 330, 140, { skin: 'warm', top: C.tealMid, pants: C.navy, hair: HAIR.darkBrown, style: 'long' });
      return s;
    },
  },
  casusbespreking: {
    alt: 'Vier stapstenen over een beek, van licht naar donker, naar een huis aan de overkant. Een groepje van vier collega’s staat klaar om over te steken.',
    draw: () => {
      let s = sky('#eaf3f4') + cloud(420, 70, 34) + cloud(120, 50, 24) + rect(0, 200, W, 160, '#bcd8b0');
      s +=
        path('M0 236Q160 220 320 260T640 240V300Q480 320 320 300T0 290Z', '#9fc8d8') +
        path('M0 248Q160 236 320 272T640 254', 'none', { stroke: '#c4e0ea', 'stroke-width': 4 });
      const stones = [
        [190, 292, C.tealPale],
        [270, 272, '#9ccac6'],
        [350, 282, C.tealMid],
        [430, 262, C.teal],
      ] as const;
      for (const [x, y, f] of stones)
        s +=
          el('ellipse', { cx: x, cy: y + 4, rx: 34, ry: 11, fill: '#7fa9b8' }) + el('ellipse', { cx: x, cy: y, rx: 34, ry: 11, fill: f });
      s += house(500, 230, 80, 60, C.cream, C.terracotta) + tree(600, 230, 40) + tree(470, 220, 30, C.leaf);
      s +=
        stand(62, 350, 92, { skin: 'light', top: C.mustard, hair: HAIR.blonde, style: 'long' }) +
        stand(100, 354, 100, { skin: 'deep', top: C.tealMid, hair: HAIR.black });
      s +=
        stand(138, 350, 94, { skin: 'tan', top: C.coral, pants: C.grey, hair: HAIR.black }) +
        stand(28, 356, 90, { skin: 'fair', top: C.dustyBlue, hair: HAIR.grey, style: 'bald' });
      return s;
    },
  },
  'eigen-kracht': {
    alt: 'Een gezin aan de keukentafel: een moeder in een rolstoel, een vader en een tienerdochter. Een wijkteammedewerker zit erbij en luistert.',
    draw: () => {
      let s =
        sky(C.cream) +
        rect(0, 250, W, 110, '#e8d9c2') +
        window_(250, 40, 140, 110, C.white, '#d3ebe8') +
        circle(290, 140, 10, C.leaf) +
        rect(282, 140, 16, 12, C.terracotta, 2);
      s += line('M480 0V60', C.grey, 2) + path('M456 76a24 16 0 0 1 48 0Z', C.mustard);
      s +=
        el('circle', { cx: 110, cy: 298, r: 40, fill: 'none', stroke: '#3f4b58', 'stroke-width': 7 }) + rect(84, 196, 10, 80, '#3f4b58', 4);
      s += bust(130, 250, 22, { skin: 'light', top: C.plum, hair: HAIR.darkBlonde, style: 'long' });
      s += bust(250, 250, 24, { skin: 'fair', top: C.dustyBlue, hair: HAIR.brown });
      s += bust(380, 250, 20, { skin: 'light', top: C.coral, hair: HAIR.blonde, style: 'long' });
      s += bust(520, 250, 23, { skin: 'brown', top: C.tealMid, hair: HAIR.black });
      s += rect(80, 248, 490, 16, C.wood, 4) + rect(110, 264, 14, 96, C.woodDark) + rect(526, 264, 14, 96, C.woodDark);
      s += mug(200, 248, C.white) + mug(330, 248, C.mustard) + rect(470, 238, 34, 10, C.white, 1) + line('M476 243h20', C.greyLight, 2);
      return s;
    },
  },
  'individueel-collectief': {
    alt: 'Drie huizen met elk een mantelzorger. Paden lopen van de huizen naar een buurthuis, waar een groep mensen samenkomt.',
    draw: () => {
      let s = sky('#eef4ef') + rect(0, 230, W, 130, '#c7ddb9') + circle(80, 60, 26, C.mustard);
      s += line('M110 230Q200 300 380 300M100 330Q240 330 380 316M250 190Q300 260 400 290', C.white, 6, { 'stroke-dasharray': '2 14' });
      s +=
        house(60, 232, 70, 54, C.cream, C.coral) +
        house(30, 350, 64, 50, '#f3e3d3', C.plum) +
        house(215, 190, 64, 50, C.cream, C.dustyBlue);
      s +=
        stand(148, 236, 52, { skin: 'light', top: C.sageDark, hair: HAIR.white }) +
        stand(112, 352, 52, { skin: 'fair', top: C.terracotta, hair: HAIR.greyBrown }) +
        stand(296, 194, 50, { skin: 'tan', top: C.navy, hair: HAIR.grey });
      s +=
        rect(400, 170, 200, 140, '#f6ecdd') +
        path('M390 172L500 110L610 172Z', C.teal) +
        rect(480, 240, 40, 70, C.woodDark, 3) +
        window_(420, 200, 44, 40, C.white, C.tealPale) +
        window_(536, 200, 44, 40, C.white, C.tealPale) +
        circle(500, 150, 12, C.mustard);
      s +=
        stand(420, 340, 84, { skin: 'light', top: C.sageDark, hair: HAIR.white }) +
        stand(456, 344, 88, { skin: 'fair', top: C.terracotta, hair: HAIR.greyBrown, style: 'long' });
      s +=
        stand(540, 344, 90, { skin: 'tan', top: C.navy, pants: C.grey, hair: HAIR.grey }) +
        stand(576, 340, 86, { skin: 'light', top: C.tealMid, hair: HAIR.blonde, style: 'long' }) +
        stand(498, 348, 90, { skin: 'brown', top: C.mustard, hair: HAIR.black });
      return s;
    },
  },
  oplossingsgericht: {
    alt: 'Twee mensen in een gesprek aan een lage tafel met een groeiend plantje. Door het raam komt de zon op.',
    draw: () => {
      let s =
        sky('#f4efe6') +
        rect(0, 270, W, 90, '#dccbb2') +
        window_(250, 40, 140, 120, C.white, '#fbe3bd') +
        path('M260 150a60 60 0 0 1 120 0Z', C.mustard);
      s += rect(255, 150, 130, 5, C.white);
      const chair = (x: number, c: string) => rect(x - 60, 200, 120, 130, c, 24) + rect(x - 70, 250, 140, 60, shade(c), 18);
      s += chair(140, C.dustyBlue) + chair(500, C.sage);
      s +=
        bust(140, 262, 24, { skin: 'fair', top: C.coral, hair: HAIR.darkBlonde, style: 'long' }) +
        bust(500, 262, 24, { skin: 'brown', top: C.tealMid, hair: HAIR.black, style: 'long' });
      s += rect(250, 270, 140, 12, C.wood, 4) + rect(270, 282, 10, 60, C.woodDark) + rect(360, 282, 10, 60, C.woodDark);
      s +=
        rect(306, 246, 28, 24, C.terracotta, 3) +
        line('M320 246V222', C.sageDark, 3) +
        path('M320 232q-16-4-20-16q14 0 20 16zM320 226q14-10 22-4q-8 10-22 4z', C.leaf);
      s += bubble(180, 90, 60, 36, C.white) + bubble(400, 80, 70, 40, C.white, false);
      return s;
    },
  },
  'professionele-ruimte': {
    alt: 'Een repaircafé: een oudere man repareert een fiets, een vrijwilliger kijkt mee en reikt hem gereedschap aan.',
    draw: () => {
      let s = sky('#eef2f3') + rect(0, 270, W, 90, '#d9d2c4') + rect(60, 40, 250, 130, '#e3d3bd', 6);
      for (let r = 0; r < 4; r++) for (let c = 0; c < 8; c++) s += circle(82 + c * 30, 60 + r * 30, 2, C.woodDark);
      s +=
        line('M100 70v50M90 70h20', C.grey, 6) +
        line('M160 64l30 60', C.navy, 6) +
        circle(160, 64, 8, C.navy) +
        line('M232 70v40', C.woodDark, 5) +
        rect(222, 62, 20, 12, C.grey, 2) +
        line('M270 72v50', C.terracotta, 6);
      const wheel = (x: number) =>
        el('circle', { cx: x, cy: 282, r: 44, fill: 'none', stroke: C.ink, 'stroke-width': 6 }) + circle(x, 282, 5, C.grey);
      s +=
        wheel(330) +
        wheel(490) +
        line('M330 282L380 210H470L490 282M380 210L410 282H330M410 282L470 210M460 196H480M380 210L372 196M360 196H384', C.teal, 7, {
          'stroke-linejoin': 'round',
        });
      s +=
        stand(230, 346, 160, { skin: 'light', top: C.navy, pants: C.grey, hair: HAIR.white, style: 'bald' }) +
        line('M250 236L300 226', SKIN.light[0], 9);
      s +=
        stand(580, 346, 150, { skin: 'light', top: C.olive, pants: C.navy, hair: HAIR.red }) +
        line('M562 230L530 250', SKIN.light[0], 9) +
        line('M528 250l-14 8', C.grey, 5);
      return s;
    },
  },
  'samenwerken-netwerken': {
    alt: 'Een huis met een ouder echtpaar in het midden. Lijnen verbinden het huis met de mensen om hen heen: een dochter, een maatje, een wijkteammedewerker, buren en zorgverleners, en ook met elkaar.',
    draw: () => {
      const nodes = [
        [110, 90],
        [90, 250],
        [250, 300],
        [400, 300],
        [560, 250],
        [540, 90],
        [320, 56],
      ] as const;
      let s = sky('#eef5f4');
      for (let i = 0; i < nodes.length; i++) {
        const [x, y] = nodes[i];
        const [x2, y2] = nodes[(i + 1) % nodes.length];
        s += line(`M${x} ${y}L320 190M${x} ${y}L${x2} ${y2}`, C.tealPale, 4);
      }
      s += circle(320, 186, 86, C.tealSoft) + house(286, 196, 68, 46, C.cream, C.terracotta);
      const looks: Look[] = [
        { skin: 'light', top: C.dustyBlue, hair: HAIR.brown, style: 'long' },
        { skin: 'fair', top: C.mustard, hair: HAIR.grey },
        { skin: 'deep', top: C.tealMid, hair: HAIR.black },
        { skin: 'tan', top: C.coral, hair: HAIR.black, style: 'scarf', scarf: C.plum },
        { skin: 'light', top: C.sageDark, hair: HAIR.red },
        { skin: 'warm', top: C.navy, hair: HAIR.darkBrown, style: 'long' },
        { skin: 'light', top: C.lavender, hair: HAIR.white },
      ];
      nodes.forEach(([x, y], i) => {
        s +=
          circle(x, y, 40, C.white) +
          el('clipPath', { id: `sn-n${i}` }, circle(x, y, 38, '#000')) +
          el('g', { 'clip-path': `url(#sn-n${i})` }, bust(x, y + 34, 11, looks[i]));
      });
      s +=
        el('clipPath', { id: 'sn-c' }, circle(320, 186, 86, '#000')) +
        el(
          'g',
          { 'clip-path': 'url(#sn-c)' },
          bust(300, 262, 10, { skin: 'light', top: C.sageDark, hair: HAIR.white, style: 'bald' }) +
            bust(340, 262, 10, { skin: 'light', top: C.coral, hair: HAIR.white }),
        );
      return s;
    },
  },
  'signaleren-veranderingen': {
    alt: 'Een mantelzorger sjouwt zware tassen naar huis onder een wolk. Een meter staat bijna in het rood. Een wijkteammedewerker komt naar haar toe en biedt een hand aan.',
    draw: () => {
      let s =
        sky('#eef1f5') +
        rect(0, 290, W, 70, '#c9d8c0') +
        circle(560, 60, 26, C.mustard) +
        cloud(480, 80, 40, '#dfe4ea') +
        cloud(205, 120, 46, '#cfd6de');
      s += house(40, 292, 130, 110, C.cream, C.dustyBlue);
      s += stand(260, 330, 140, { skin: 'light', top: C.coral, pants: C.navy, hair: HAIR.greyBrown });
      s +=
        rect(220, 250, 26, 40, C.mustard, 5) +
        rect(274, 250, 26, 40, C.sageDark, 5) +
        line('M228 250q5-14 10 0M282 250q5-14 10 0', C.woodDark, 2);
      s +=
        stand(430, 330, 146, { skin: 'warm', top: C.tealMid, pants: C.navy, hair: HAIR.darkBrown, style: 'long' }) +
        line('M414 236L370 250', SKIN.warm[0], 9);
      let g =
        line('M522 240a56 56 0 0 1 112 0', C.sage, 14) +
        line('M578 184a56 56 0 0 1 48 30', C.mustard, 14) +
        line('M614 214a56 56 0 0 1 20 26', C.terracotta, 14);
      g += line('M578 240L616 210', C.ink, 4) + circle(578, 240, 7, C.ink);
      s += el('g', { transform: 'translate(-44 6)' }, g);
      return s;
    },
  },
  'vragen-verhelderen': {
    alt: 'Een huiskamer: een oudere man in een leunstoel met zijn rollator naast zich, zijn vrouw staat naast hem. Een wijkteammedewerker zit tegenover hen met een notitieblok. Boven hen een kleine tekstballon in een grote.',
    draw: () => {
      let s = sky('#f5eee4') + rect(0, 280, W, 80, '#d9c7ae') + window_(420, 50, 150, 110, C.white, '#d6eaf0');
      s += rect(40, 190, 150, 140, C.plum, 26) + rect(26, 250, 178, 70, shade(C.plum), 20);
      s += bust(115, 262, 24, { skin: 'light', top: C.olive, hair: HAIR.white, style: 'bald' });
      s += line('M214 330V240H250V330M214 280H250', C.grey, 5) + circle(214, 332, 7, C.ink) + circle(250, 332, 7, C.ink);
      s += stand(310, 344, 214, { skin: 'light', top: C.lavender, pants: C.grey, hair: HAIR.white });
      s += rect(470, 240, 90, 16, C.wood, 4) + rect(474, 256, 10, 80, C.woodDark) + rect(546, 256, 10, 80, C.woodDark);
      s +=
        bust(515, 244, 22, { skin: 'light', top: C.tealMid, hair: HAIR.brown, style: 'long' }) +
        rect(462, 212, 30, 38, C.white, 3) +
        line('M468 222h18M468 230h18M468 238h12', C.greyLight, 2);
      s += bubble(130, 24, 170, 80, C.white) + bubble(178, 44, 80, 36, C.tealPale);
      return s;
    },
  },
  'werelden-culturen': {
    alt: 'Een brug over een rivier. Links de huizen van de buurt, rechts een kantoorgebouw. Midden op de brug geven een mantelzorger en een wijkteammedewerker elkaar een hand.',
    draw: () => {
      let s = sky('#eaf2f5') + circle(90, 70, 28, C.mustard) + cloud(420, 60, 34);
      s += rect(0, 250, 220, 110, '#c7ddb9') + rect(420, 250, 220, 110, '#cfd8d6') + rect(220, 270, 200, 90, '#9fc8d8');
      s += house(20, 252, 60, 52, '#f3e3d3', C.coral) + house(110, 252, 70, 64, C.cream, C.terracotta) + tree(200, 252, 34);
      s += rect(470, 110, 120, 142, '#b7c6cf') + rect(450, 170, 40, 82, '#c9d4da');
      for (let r = 0; r < 5; r++) for (let c = 0; c < 3; c++) s += rect(484 + c * 36, 124 + r * 24, 22, 12, C.white, 2);
      s += path('M200 250Q320 170 440 250H420Q320 196 220 250Z', C.wood) + rect(200, 246, 240, 10, C.woodDark, 3);
      s +=
        line('M240 246V222M280 246V202M320 246V196M360 246V202M400 246V222', C.woodDark, 3) +
        line('M236 222Q320 180 404 222', C.woodDark, 3);
      s +=
        stand(296, 246, 110, { skin: 'tan', top: C.plum, pants: C.navy, hair: HAIR.black, style: 'scarf', scarf: C.navy }) +
        stand(346, 246, 114, { skin: 'fair', top: C.tealMid, pants: C.grey, hair: HAIR.blonde });
      s += line('M308 192L321 200L334 192', SKIN.tan[0], 8) + line('M320 200L334 192', SKIN.fair[0], 8);
      return s;
    },
  },
  'zichtbaar-outreachend': {
    alt: 'Een straat in de wijk met een apotheek, een buurthuis met koffie en een gezondheidscentrum. Een wijkteammedewerker loopt langs en maakt een praatje met een oudere man met een apotheektasje.',
    draw: () => {
      let s = sky('#edf4f3') + rect(0, 300, W, 60, '#d5d9d6') + rect(0, 290, W, 12, '#b9bfbb');
      const shop = (x: number, w: number, h: number, wall: string, sign: string) =>
        rect(x, 290 - h, w, h, wall) +
        rect(x - 4, 290 - h - 10, w + 8, 12, shade(wall), 2) +
        window_(x + 12, 290 - h + 50, w - 24, 60, C.white, C.tealPale) +
        rect(x + w / 2 - 16, 240, 32, 50, C.woodDark, 3) +
        sign;
      s += shop(30, 160, 190, '#e7efe9', circle(110, 125, 22, C.white) + path('M104 111h12v8h8v12h-8v8h-12v-8h-8v-12h8z', C.sageDark));
      s += shop(
        240,
        170,
        170,
        '#f6e4d0',
        circle(325, 145, 22, C.white) + mug(318, 152, C.terracotta) + line('M321 134q3-4 0-8M327 134q3-4 0-8', C.grey, 2),
      );
      s += shop(
        460,
        150,
        200,
        '#e3ecf3',
        circle(535, 115, 22, C.white) + path('M535 128l-11-11a6.5 6.5 0 0 1 11-8a6.5 6.5 0 0 1 11 8z', C.terracotta),
      );
      s += tree(220, 300, 40) + tree(440, 300, 36, C.leaf);
      s +=
        stand(300, 350, 120, { skin: 'light', top: C.sageDark, pants: C.grey, hair: HAIR.white, style: 'bald' }) +
        rect(314, 300, 18, 22, C.white, 3) +
        path('M320 306h6v4h4v6h-4v4h-6v-4h-4v-6h4z', C.sageDark);
      s +=
        stand(370, 352, 130, { skin: 'brown', top: C.tealMid, pants: C.navy, hair: HAIR.black, style: 'long' }) +
        rect(384, 280, 22, 30, C.mustard, 4) +
        line('M360 240L400 282', C.woodDark, 3);
      return s;
    },
  },
};

function shade(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  const ch = (s: number) =>
    Math.round(((v >> s) & 255) * 0.85)
      .toString(16)
      .padStart(2, '0');
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** Writes every cover and wires it into its module file. */
export function writeCovers(modulesDir: string): void {
  for (const [id, cover] of Object.entries(COVERS)) {
    writeFileSync(join(modulesDir, id, 'cover.svg'), svgDoc(W, H, cover.draw()));
    wireCover(join(modulesDir, id, 'module.yaml'), 'cover.svg', cover.alt);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeCovers(fileURLToPath(new URL('../../modules', import.meta.url)));
  console.log(`${Object.keys(COVERS).length} covers written`);
}
