import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The server's ends of the connections it accepts from now on, each found by the client socket it
 * serves (its remote port is the client's local one): for what only the server's side shows, such as
 * whether the server destroyed it or how much it wrote. `stop()` stops watching.
 */
export function watchAcceptedSockets(server: Server): { serving(client: Socket): Socket | undefined; stop(): void } {
  const accepted: Socket[] = [];
  const onConnection = (serverSide: Socket) => accepted.push(serverSide);
  server.on('connection', onConnection);
  return {
    serving: (client) => accepted.find((serverSide) => serverSide.remotePort === client.localPort),
    stop: () => server.off('connection', onConnection),
  };
}
