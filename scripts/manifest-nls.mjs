#!/usr/bin/env node
// Moves the user-facing strings of package.json into package.nls.json as %key% references, so that a
// translation is one package.nls.<locale>.json away. Idempotent: strings that are already %key% stay;
// run it after adding a command, view, setting, color or walkthrough step with plain English text.
// `--check` changes nothing and exits 1 when a string is left to move (the unit test does the same).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** [object, property, nls key] for every user-facing string of the manifest. */
export function manifestStrings(p) {
  const out = [];
  const add = (obj, prop, key) => { if (obj && typeof obj[prop] === 'string') out.push([obj, prop, key]); };
  const short = (id) => id.replace(/^byline\./, '');
  const c = p.contributes ?? {};
  add(p, 'displayName', 'displayName');
  add(p, 'description', 'description');
  for (const cmd of c.commands ?? []) {
    add(cmd, 'title', `command.${short(cmd.command)}.title`);
    add(cmd, 'category', 'command.category');
  }
  for (const s of c.submenus ?? []) add(s, 'label', `submenu.${short(s.id)}.label`);
  for (const v of c.viewsContainers?.activitybar ?? []) add(v, 'title', `viewsContainer.${short(v.id)}.title`);
  for (const views of Object.values(c.views ?? {})) {
    for (const v of views) {
      add(v, 'name', `view.${short(v.id)}.name`);
      add(v, 'contextualTitle', 'view.contextualTitle');
    }
  }
  for (const w of c.viewsWelcome ?? []) add(w, 'contents', `viewsWelcome.${short(w.view)}.contents`);
  for (const conf of [c.configuration ?? []].flat()) {
    add(conf, 'title', 'config.title');
    for (const [key, prop] of Object.entries(conf.properties ?? {})) settingStrings(prop, `config.${short(key)}`, add);
  }
  for (const col of c.colors ?? []) add(col, 'description', `color.${short(col.id)}.description`);
  for (const w of c.walkthroughs ?? []) {
    const base = `walkthrough.${short(w.id)}`;
    add(w, 'title', `${base}.title`);
    add(w, 'description', `${base}.description`);
    for (const s of w.steps ?? []) {
      add(s, 'title', `${base}.${s.id}.title`);
      add(s, 'description', `${base}.${s.id}.description`);
      add(s.media, 'altText', `${base}.${s.id}.altText`);
    }
  }
  return out;
}

function settingStrings(prop, base, add) {
  for (const f of ['description', 'markdownDescription', 'patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage']) add(prop, f, `${base}.${f}`);
  for (const list of ['enumDescriptions', 'markdownEnumDescriptions', 'enumItemLabels']) {
    (prop[list] ?? []).forEach((_, i) => add(prop[list], i, `${base}.${list}.${prop.enum?.[i] ?? i}`));
  }
  for (const [sub, q] of Object.entries(prop.properties ?? {})) settingStrings(q, `${base}.${sub}`, add);
}

const isRef = (s) => /^%[\w.-]+%$/.test(s);

function main() {
  const check = process.argv.includes('--check');
  const pkgFile = join(ROOT, 'package.json');
  const nlsFile = join(ROOT, 'package.nls.json');
  const p = JSON.parse(readFileSync(pkgFile, 'utf8'));
  let nls = {};
  try { nls = JSON.parse(readFileSync(nlsFile, 'utf8')); } catch { /* first run */ }
  const left = [];
  for (const [obj, prop, key] of manifestStrings(p)) {
    const text = obj[prop];
    if (isRef(text)) continue;
    if (nls[key] !== undefined && nls[key] !== text) throw new Error(`${key} is already "${nls[key]}" in package.nls.json, not "${text}"`);
    left.push(key);
    nls[key] = text;
    obj[prop] = `%${key}%`;
  }
  if (check) {
    if (left.length) { console.error(`not in package.nls.json yet: ${left.join(', ')} (run node scripts/manifest-nls.mjs)`); process.exit(1); }
    return;
  }
  writeFileSync(pkgFile, JSON.stringify(p, null, 2) + '\n');
  writeFileSync(nlsFile, JSON.stringify(nls, null, 2) + '\n');
  console.log(`${left.length} string(s) moved to package.nls.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
