/**
 * A second ceiling for the benchmark: the echo bot with what every stateful bot on this stack
 * pays per turn and the assistant uses: conversation and user state in MemoryStorage, a
 * ComponentDialog run through a DialogSet, and the state saved at the end. It tells the
 * framework's share of a turn from the assistant's own work. Prints its port on stdout.
 */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  UserState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import restify from 'restify';
import type { AddressInfo } from 'node:net';

class EchoDialog extends ComponentDialog {
  constructor() {
    super('echo');
    this.addDialog(
      new WaterfallDialog('echo-steps', [
        async (step) => {
          await step.context.sendActivity({ type: 'message', text: `echo: ${step.context.activity.text}`, locale: step.context.activity.locale ?? 'en' });
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = 'echo-steps';
  }
}

class StatefulEchoBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    super();
    this.dialogState = conversationState.createProperty('DialogState');
    const language = userState.createProperty<string>('preferredLanguage');
    this.dialogs = new DialogSet(this.dialogState).add(new EchoDialog());
    this.onMessage(async (context, next) => {
      await language.get(context, 'en');
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('echo');
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context);
    await this.userState.saveChanges(context);
  }
}

const storage = new MemoryStorage();
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new StatefulEchoBot(new ConversationState(storage), new UserState(storage));
const server = restify.createServer({ name: 'dialog-echo', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
