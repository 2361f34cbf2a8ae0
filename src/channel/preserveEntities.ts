/**
 * botframework-connector 4.23 serialises outgoing activities with @azure/core-client, and its
 * mapper for Entity lists only `type`, `text` and `mentioned`. Every other property of an entity,
 * so the whole citation of a schema.org Message entity, is silently dropped when a reply is posted
 * to a channel's serviceUrl (the Emulator, Azure Bot Service, Teams). Declaring that Entity may
 * carry additional properties makes the serialiser keep them as they are.
 *
 * This touches the SDK's shared mapper object once, at start-up; test/channel.test.ts proves,
 * through a stand-in channel, that citations arrive intact.
 */
import * as Mappers from 'botframework-connector/lib/connectorApi/models/mappers.js';

interface CompositeMapper {
  type: { name: string; additionalProperties?: { type: { name: string } } };
}

export function preserveEntityProperties(): void {
  const entity = ((Mappers as { Entity?: CompositeMapper }).Entity ??
    (Mappers as { default?: { Entity?: CompositeMapper } }).default?.Entity) as CompositeMapper | undefined;
  if (!entity) throw new Error('preserveEntityProperties: botframework-connector has no Entity mapper; check the SDK version');
  entity.type.additionalProperties ??= { type: { name: 'Object' } };
}
