// Preloaded into the service by `npm run bench -- --cpu-prof` (node --require). `node --cpu-prof` only writes at a
// clean exit, and the service exits through its shutdown hook re-raising the signal, so the bench drives V8's
// profiler over IPC instead: { benchCpuProfile: 'start' } and { benchCpuProfile: 'stop', file } per scenario.
'use strict';
const { writeFileSync } = require('node:fs');
const { Session } = require('node:inspector');

const session = new Session();
session.connect();
const post = (method, params) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

process.on('message', (message) => {
  const command = message && message.benchCpuProfile;
  if (command === 'start') {
    post('Profiler.enable')
      .then(() => post('Profiler.setSamplingInterval', { interval: 200 }))
      .then(() => post('Profiler.start'))
      .then(() => process.send({ benchCpuProfile: 'started' }));
  } else if (command === 'stop') {
    post('Profiler.stop')
      .then(({ profile }) => writeFileSync(message.file, JSON.stringify(profile)))
      .then(() => process.send({ benchCpuProfile: 'written', file: message.file }));
  }
});
// The IPC channel must not keep the service alive on shutdown.
if (process.channel) process.channel.unref();
