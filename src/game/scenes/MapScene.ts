/**
 * The map: Europe and Ukraine from Natural Earth, plants as markers whose
 * shape shows their state, the five front sectors with control and fire ratio
 * in shape and text as well as colour, and animated flows of deliveries
 * (blue, from plants to Kyiv to the front) and Russian supply (red, from
 * Moscow and from imports). Hover a marker for details. It reads the store and
 * never writes to it.
 */
import { Scene, type GameObjects } from 'phaser';
import type { ScenarioFile } from '../../scenario/schema';
import { plantNameOf } from '../../sim/content';
import { efficiencyBp } from '../../sim/production-line';
import { russianOutputPerMonth } from '../../sim/resolve/russia';
import { fmt, fmtMillions, fmtRatio } from '../../share/text/numbers';
import type { GameState, ProductionLine } from '../../sim/types';
import type { GameStore, ResolvedMonth } from '../../store/game-store';
import { afterNextFrame } from '../../share/after-frame';
import { movedLastTurn } from '../../share/front-moves';
import { watchStore } from '../bind-store';
import { importEntry, INSET, KYIV, MOSCOW, sectorSite, siteOf } from '../map-sites';
import { MAP_FRAME } from '../projection';
import { renderOnDemand, type RenderOnDemand } from '../render-on-demand';
import { facilitationOf } from '../../share/facilitation';
import { sectorLabel } from '../sector-label';

export interface MapData {
  countries: { id: string; name: string; rings: number[][] }[];
}

const COLOURS = {
  sea: 0xcfe0ea,
  nato: 0xe4e9f2,
  ukraine: 0xf3e3a6,
  russia: 0xe6c9c4,
  other: 0xeeeeea,
  border: 0x8a8f99,
  nato_ink: 0x1f5fa8,
  russia_ink: 0xb3261e,
  text: '#1d2430',
};

/** The page's own sans-serif: Phaser's default Courier is wide and faint at the map's scale. */
const FONT = 'system-ui, sans-serif';

interface SceneData {
  store: GameStore;
  scenario: ScenarioFile;
  map: MapData | null;
}

/**
 * The column of sector badges, south-east of the front over the Black Sea, each numbered like its sector's dot
 * instead of tied to it by a line (play-test: the leader lines crossed, and 12 px text showed at 8 px in a
 * 1280 × 720 window, where the 1000 × 740 frame is drawn at 0.685). Below the southernmost sector (Kherson,
 * y ≈ 418) and Iran's import label (y ≈ 497–512 at the east edge), so no badge covers a dot, a ring or a label.
 */
const BADGE = { w: 230, h: 38, font: '17px', inner: 230 - 44 };
const BADGES = { x: 872, top: 540, step: 44, at: (i: number) => ({ x: BADGES.x, y: BADGES.top + i * BADGES.step }) };
/** A sector's number, on its dot and on its badge. */
const NUMBER_R = 11;

export class MapScene extends Scene {
  private store!: GameStore;
  private scenario!: ScenarioFile;
  private mapData: MapData | null = null;
  private markers!: GameObjects.Container;
  private flows!: GameObjects.Container;
  private tooltip!: GameObjects.Text;
  private reducedMotion = false;
  private onDemand!: RenderOnDemand;
  private pulsedTurn = -1;
  /** what the store changed since the map last drew, drawn together after the page's next frame */
  private pending: { markers: boolean; month: ResolvedMonth | null; scheduled: boolean; gone: boolean } = {
    markers: false,
    month: null,
    scheduled: false,
    gone: false,
  };

  constructor() {
    super('map');
  }

  init(data: SceneData): void {
    this.store = data.store;
    this.scenario = data.scenario;
    this.mapData = data.map;
    this.reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  create(): void {
    this.drawCountries();
    this.markers = this.add.container(0, 0);
    this.flows = this.add.container(0, 0);
    this.tooltip = this.add
      .text(0, 0, '', {
        fontFamily: FONT,
        fontSize: '14px',
        color: '#ffffff',
        backgroundColor: '#1d2430',
        padding: { x: 8, y: 5 },
        wordWrap: { width: 280 },
      })
      .setDepth(10)
      .setVisible(false);
    this.drawMarkers(this.store.getState().preview.state);
    this.onDemand = renderOnDemand(this.game, this);
    // For `npm run bench`: when the first map frame reached the screen.
    this.game.events.once('postrender', () => performance.mark('first-map-frame'));
    const gone = () => (this.pending.gone = true);
    this.events.once('shutdown', gone);
    this.events.once('destroy', gone);
    watchStore(this, this.store, (next, prev) => {
      if (next.preview !== prev.preview || next.game !== prev.game) this.pending.markers = true;
      if (next.history.length > prev.history.length) this.pending.month = next.history.at(-1)!;
      this.redrawLater();
    });
  }

  /**
   * The page first: a month's headlines reach the screen before the map redraws (on software
   * WebGL a redraw with the month's animation costs several frames), and changes that come
   * together (a month's state, preview and history) are drawn once.
   */
  /** Hidden by the class file, or by the trainer live (share/facilitation.ts). */
  private russiaHidden(): boolean {
    const g = this.store.getState();
    return facilitationOf(g.content, [...g.history.map((h) => h.orders), g.pending]).russiaHidden;
  }

  private redrawLater(): void {
    if (this.pending.scheduled) return;
    this.pending.scheduled = true;
    afterNextFrame(() => {
      const p = this.pending;
      p.scheduled = false;
      if (p.gone) return;
      if (p.markers) this.drawMarkers(this.store.getState().preview.state);
      if (p.month) this.animateMonth(p.month);
      p.markers = false;
      p.month = null;
      this.onDemand.wake();
    });
  }

  private drawCountries(): void {
    const g = this.add.graphics();
    if (!this.mapData) {
      this.add.text(500, 370, 'Map outlines could not be loaded', { fontFamily: FONT, color: COLOURS.text, fontSize: '16px' }).setOrigin(0.5);
      return;
    }
    // Which country is on which side is the scenario's data (its `map`), in Natural Earth's names.
    const sides = this.scenario.map ?? { allied: [], opponent: [], defended: [] };
    const allied = new Set(sides.allied);
    const opponent = new Set(sides.opponent);
    const defended = new Set(sides.defended);
    for (const c of this.mapData.countries) {
      const fill = defended.has(c.name) ? COLOURS.ukraine : opponent.has(c.name) ? COLOURS.russia : allied.has(c.name) ? COLOURS.nato : COLOURS.other;
      for (const ring of c.rings) {
        g.fillStyle(fill, 1);
        g.lineStyle(1, COLOURS.border, 0.8);
        g.beginPath();
        g.moveTo(ring[0]!, ring[1]!);
        for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i]!, ring[i + 1]!);
        g.closePath();
        g.fillPath();
        g.strokePath();
      }
    }
    // North America inset for the US and Canadian plants.
    g.fillStyle(0xffffff, 0.85);
    g.fillRect(INSET.x, INSET.y, INSET.w, INSET.h);
    g.lineStyle(1, COLOURS.border, 1);
    g.strokeRect(INSET.x, INSET.y, INSET.w, INSET.h);
    // Tens of thousands of coastline vertices: draw them once into a texture, not every frame.
    g.generateTexture('countries', MAP_FRAME.width, MAP_FRAME.height);
    g.destroy();
    this.add.image(0, 0, 'countries').setOrigin(0, 0);
    this.add.text(INSET.x + 6, INSET.y + INSET.h - 18, 'North America (inset)', { fontFamily: FONT, fontSize: '12px', color: COLOURS.text });
  }

  private hoverable(obj: GameObjects.Shape | GameObjects.Text, text: () => string): void {
    obj.setInteractive({ useHandCursor: true });
    obj.on('pointerover', () => {
      this.tooltip.setText(text()).setVisible(true);
      const x = Math.min(obj.x + 12, 1000 - this.tooltip.width - 4);
      const y = Math.min(obj.y + 12, 740 - this.tooltip.height - 4);
      this.tooltip.setPosition(x, y);
    });
    obj.on('pointerout', () => this.tooltip.setVisible(false));
  }

  private drawMarkers(s: GameState): void {
    this.tweens.killTweensOf([...this.markers.list]);
    this.markers.removeAll(true);
    const last = this.store.getState().history.at(-1)?.report;
    const bySite = new Map<string, number>();
    for (const line of s.lines) {
      const site = siteOf(this.scenario, line.id);
      if (!site) continue;
      const key = `${Math.round(site[0])},${Math.round(site[1])}`;
      const k = bySite.get(key) ?? 0;
      bySite.set(key, k + 1);
      const [x, y] = [site[0] + k * 11, site[1] - k * 4];
      const output = last?.entries.find((e) => e.id === `prod:${line.id}`)?.delta;
      this.plantMarker(line, x, y, output);
    }
    this.drawSectors(s);
    const content = this.store.getState().content;
    const made = russianOutputPerMonth(content, s);
    const ru = this.add.star(MOSCOW[0], MOSCOW[1], 5, 6, 13, COLOURS.russia_ink);
    // A class that hides the intelligence on Russia shows where its industry is, not what it makes.
    // Asked at each hover: the trainer may reveal or hide it during the game.
    this.hoverable(ru, () =>
      this.russiaHidden()
        ? 'Russian industry: your trainer has hidden the intelligence on Russia in this class.'
        : `Russian industry: about ${fmt(made)} shells a month${s.russia.lastImports ? `, plus ${fmt(s.russia.lastImports)} imported last month` : ''}. Estimated stock ${fmtMillions(s.russia.stockShells)}.`,
    );
    // "makes": the headlines speak of Russian fire, which is larger (stock and imports); a play-tester read one as the other.
    const label = this.russiaHidden() ? 'Russia: output hidden' : `Russia makes ${fmt(made)} shells a month`;
    const text = this.add.text(MOSCOW[0] - 150, MOSCOW[1] + 12, label, { fontFamily: FONT, fontSize: '14px', color: '#7a1712', fontStyle: 'bold' });
    // A seven-digit output would run off the map's right edge: the label then ends at the edge.
    text.x = Math.min(text.x, MAP_FRAME.width - 4 - text.width);
    this.markers.add([ru, text]);
  }

  private plantMarker(line: ProductionLine, x: number, y: number, output: number | undefined): void {
    const ink = COLOURS.nato_ink;
    let shape: GameObjects.Shape;
    let state: string;
    if (line.status === 'building') {
      shape = this.add.rectangle(x, y, 11, 11).setStrokeStyle(2, ink);
      state = 'being built';
    } else if (line.status === 'reactivating' || line.status === 'mothballed') {
      shape = this.add.star(x, y, 4, 4, 8).setStrokeStyle(2, ink);
      state = line.status;
    } else if (output === 0) {
      shape = this.add.circle(x, y, 6).setStrokeStyle(2, ink);
      state = 'idle, paying upkeep';
    } else if (efficiencyBp(this.store.getState().content, line) < 10000) {
      shape = this.add.circle(x, y, 6, ink, 0.45).setStrokeStyle(2, ink);
      state = 'ramping up';
    } else {
      shape = this.add.circle(x, y, 6, ink);
      state = 'running';
    }
    this.hoverable(
      shape,
      () =>
        `${plantNameOf(this.store.getState().content, line)}\n${this.store.getState().content.products.find((p) => p.id === line.product)?.plural ?? line.product} · ${state} · ${line.shifts} shift(s)${line.weekend ? ' + weekends' : ''}${output !== undefined ? `\nMade ${fmt(output)} last month` : ''}`,
    );
    this.markers.add(shape);
  }

  /**
   * Sector badges stand in a column south-east of the front, over the Black Sea, each tied to its sector by a leader line.
   * A sector whose line moved in the last turn (share/front-moves.ts, the rule the headlines use) is
   * marked: a ring at the sector, pulsing a few times unless motion is reduced, and a thicker badge.
   */
  private drawSectors(s: GameState): void {
    const start = new Map(this.scenario.sectors.map((x) => [x.id, x.ukraineHeldKm2]));
    const names = this.store.getState().content.sectors;
    const { history, content } = this.store.getState();
    const moved = movedLastTurn(
      history.map((h) => h.report),
      content,
    ).map((x) => x.sector);
    // Marks pulse when a month comes in, not again at each order of the next month's decisions.
    const pulse = s.turn !== this.pulsedTurn;
    this.pulsedTurn = s.turn;
    // For tests and tools: which sectors the map marks, as drawn.
    this.registry.set('markedSectors', moved);
    // …and where each sector's dot and badge are, so a test can see that no badge covers a dot or its ring.
    this.registry.set(
      'sectorBadges',
      s.sectors.map((sector, i) => ({ site: sectorSite(this.scenario, sector.id), ...BADGES.at(i), w: BADGE.w, h: BADGE.h })),
    );
    s.sectors.forEach((sector, i) => {
      const name = names.find((x) => x.id === sector.id)?.name ?? sector.id;
      const site = sectorSite(this.scenario, sector.id);
      if (!site) return;
      const { x, y } = BADGES.at(i);
      const held = sector.ukraineHeldKm2 / Math.max(1, start.get(sector.id) ?? 1);
      const gained = sector.lastGainKm2;
      const ink = gained > 0 ? COLOURS.russia_ink : COLOURS.nato_ink;
      const marked = moved.includes(sector.id);
      if (marked) this.markMove(site, ink, pulse);
      const left = x - BADGE.w / 2;
      const bg = this.add.rectangle(x, y, BADGE.w, BADGE.h, 0xffffff, 0.92).setStrokeStyle(marked ? 4 : 2, ink);
      const text = this.add.text(left + 36, y - 17, sectorLabel(name, sector), {
        fontFamily: FONT,
        fontSize: BADGE.font,
        color: gained > 0 ? '#7a1712' : '#123f73',
        fontStyle: 'bold',
      });
      // A long name with a large move would spill out of its box (play-test: "Zaporizhzhia 12.0:1 ▼137"): it is drawn narrower instead.
      if (text.width > BADGE.inner) text.setScale(BADGE.inner / text.width, 1);
      // Control bar: the share of the sector's starting ground Ukraine still holds.
      const barBack = this.add.rectangle(left + 36, y + 11, BADGE.inner, 5, COLOURS.russia_ink).setOrigin(0, 0.5);
      const bar = this.add.rectangle(left + 36, y + 11, Math.max(0, Math.min(BADGE.inner, BADGE.inner * held)), 5, COLOURS.nato_ink).setOrigin(0, 0.5);
      this.hoverable(
        bg,
        () =>
          `${name}: Ukraine holds ${fmt(sector.ukraineHeldKm2)} km² (${Math.round(held * 100)} % of the start). Fire ratio ${fmtRatio(sector.lastRatioBp)}; ${gained >= 0 ? `Russia gained ${fmt(gained)}` : `Ukraine regained ${fmt(-gained)}`} km² last month. Troops ${fmt(sector.ukraineTroops)} vs ${fmt(sector.russiaTroops)}.`,
      );
      this.markers.add([bg, text, barBack, bar, ...this.sectorNumber(site[0], site[1], i + 1, ink), ...this.sectorNumber(left + 17, y, i + 1, ink)]);
    });
  }

  /** A sector's number in a disc of its ink: on the sector's dot, and again on its badge. */
  private sectorNumber(x: number, y: number, n: number, ink: number): GameObjects.GameObject[] {
    const disc = this.add.circle(x, y, NUMBER_R, ink).setStrokeStyle(2, 0xffffff);
    const label = this.add.text(x, y, String(n), { fontFamily: FONT, fontSize: '15px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    return [disc, label];
  }

  /** A ring around a sector that moved: it pulses three times when the month comes in, then stays. */
  private markMove(site: [number, number], ink: number, pulse: boolean): void {
    const ring = this.add.circle(site[0], site[1], 15, ink, 0.18).setStrokeStyle(4, ink);
    this.markers.add(ring);
    if (pulse && !this.reducedMotion) this.tweens.add({ targets: ring, scale: 1.6, alpha: 0.35, duration: 500, yoyo: true, repeat: 2 });
  }

  /**
   * Where an import line comes from, at the map's edge it enters by (play-test: red lines left the map with nothing
   * saying they came from North Korea). Not drawn when the trainer hides the intelligence on Russia.
   */
  private labelImport(source: string): { text: string; x: number; y: number; w: number; h: number } {
    const [x, y] = importEntry(source);
    // Below its entry point: the line climbs from there to Moscow, whose own label sits above.
    const text = this.add
      .text(x - 4, y + 6, `imports from ${source} →`, { fontFamily: FONT, fontSize: '14px', color: '#7a1712', fontStyle: 'bold' })
      .setOrigin(1, 0);
    this.flows.add(text);
    return { text: text.text, x: text.x - text.width, y: text.y, w: text.width, h: text.height };
  }

  /** Dots run along each month's flows; with reduced motion they are drawn as still lines. */
  private animateMonth(month: ResolvedMonth): void {
    this.flows.removeAll(true);
    const deliveries = month.report.entries.filter((e) => e.kind === 'delivery' && e.message.id === 'delivery.made' && e.message.params.to === 'ukraine');
    const paths: { from: [number, number]; to: [number, number]; colour: number }[] = [];
    for (const d of deliveries) {
      const prod = d.causes.find((c) => c.startsWith('prod:'));
      const site = prod ? siteOf(this.scenario, prod.slice(5)) : null;
      if (site) paths.push({ from: site, to: KYIV, colour: COLOURS.nato_ink });
    }
    const state = this.store.getState().game;
    for (const sector of state.sectors) {
      const site = sectorSite(this.scenario, sector.id);
      if (!site) continue;
      paths.push({ from: KYIV, to: site, colour: COLOURS.nato_ink });
      paths.push({ from: MOSCOW, to: site, colour: COLOURS.russia_ink });
    }
    const sources = importSources(month);
    for (const source of sources) paths.push({ from: importEntry(source), to: MOSCOW, colour: COLOURS.russia_ink });
    // For tests and tools: the import labels as drawn, with their boxes on the map.
    this.registry.set('importLabels', this.russiaHidden() ? [] : sources.map((source) => this.labelImport(source)));
    const g = this.add.graphics();
    this.flows.add(g);
    for (const p of paths) {
      g.lineStyle(2, p.colour, 0.35);
      g.lineBetween(p.from[0], p.from[1], p.to[0], p.to[1]);
      if (this.reducedMotion) continue;
      const dot = this.add.circle(p.from[0], p.from[1], 4, p.colour);
      this.flows.add(dot);
      this.tweens.add({ targets: dot, x: p.to[0], y: p.to[1], duration: 1400, ease: 'Sine.easeInOut', repeat: 1, onComplete: () => dot.destroy() });
    }
  }
}

/** The suppliers whose shells reached Russia in the month, as its report names them. */
function importSources(month: ResolvedMonth): string[] {
  const m = month.report.entries.find((e) => e.id === 'russia:supply')?.message;
  const sources = m && (m.id === 'russia.supply' || m.id === 'russia.economy') ? m.params.sources : '';
  return sources ? [...new Set(sources.split(', '))] : [];
}
