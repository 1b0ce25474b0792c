// The official botframework-directlinejs client talks to a running TriageBot, as a web page would:
// a token from /api/directline/token, then a conversation over Direct Line by polling or the WebSocket.
// Usage: node client.js <base url> <poll|ws>. Prints what it saw; exits 0 once the outcome arrives.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [base, mode] = process.argv.slice(2);
const limitMs = 20000;

(async () => {
  const issued = await fetch(`${base}/api/directline/token`, { method: 'POST', headers: { Origin: base } });
  const { token } = await issued.json();
  const directLine = new DirectLine({ domain: `${base}/v3/directline`, token, webSocket: mode === 'ws', pollingInterval: 300 });
  const seen = [];
  directLine.connectionStatus$.subscribe(status => seen.push(`status ${ConnectionStatus[status]}`));
  let asked = false;
  await new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('no outcome in time')), limitMs);
    directLine.activity$.subscribe(activity => {
      const triage = activity.channelData && activity.channelData.triage;
      seen.push(`${activity.from.id}: ${triage ? triage.step + (triage.disposition ? '/' + triage.disposition : '') : 'text'}`);
      if (triage && triage.step === 'complaint' && !asked) {
        asked = true;
        directLine.postActivity({ type: 'message', from: { id: 'patient' }, text: 'My upper back is numb and there is a heavy pressure in my chest' })
          .subscribe(id => seen.push(`posted ${id}`), reject);
      }
      if (triage && triage.step === 'outcome') resolve();
    }, reject);
  });
  console.log(seen.join('\n'));
  directLine.end();
  process.exit(0);
})().catch(error => {
  console.error(`FAILED: ${error.message || error}`);
  process.exit(1);
});
