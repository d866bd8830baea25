// The tree's structure as JSON for the Pages Function that sends a bad tool URL back to the first
// question lacking a valid answer (functions/[locale]/entscheidungstool/[[path]].ts).
import { toolData } from '../lib/decision-tree.ts';

export async function GET() {
  const { tree } = await toolData();
  return new Response(JSON.stringify(tree), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
