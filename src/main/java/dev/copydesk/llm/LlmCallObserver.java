package dev.copydesk.llm;

/**
 * Watches each call {@link ResilientLlm} makes to the model, retries included (canaries are not calls of a request):
 * {@link LlmCallTelemetry} turns them into spans and latency meters. Every method is called on the calling thread.
 */
public interface LlmCallObserver {

    LlmCallObserver NONE = attempt -> Call.NONE;

    /** A call is about to go out; {@code attempt} counts the request's calls from 1. */
    Call started(int attempt);

    /** One call, from {@link #started} to {@link #end}. */
    interface Call {

        Call NONE = new Call() {
            @Override
            public void answered(LlmReply reply) {
            }

            @Override
            public void failed(Throwable error) {
            }

            @Override
            public void end() {
            }
        };

        /** The provider answered (possibly with no content). */
        void answered(LlmReply reply);

        /** The call failed or was interrupted. */
        void failed(Throwable error);

        /** Always called last, once. */
        void end();
    }
}
