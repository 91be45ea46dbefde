package io.grantflow.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * String variables longer than Camunda's text columns hold (ACT_RU_VARIABLE.TEXT_, ACT_HI_VARINST.TEXT_ and
 * ACT_HI_DETAIL.TEXT_ are 4,000 characters) are stored in the engine's byte array table instead, still typed as
 * String: a 5,000-character review comment sent by Tasklist, or twenty partner teams for the review form, are kept
 * whole instead of failing the step. Shorter strings are stored as Camunda stores them, and stay queryable.
 */
@Component
class LongTextVariables extends AbstractProcessEnginePlugin {

    /** Counted in UTF-16 units, as H2 counts; PostgreSQL counts characters, which are never more. */
    static final int TEXT_COLUMN_CHARS = 4000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = new ArrayList<>();
        if (configuration.getCustomPreVariableSerializers() != null) {
            serializers.addAll(configuration.getCustomPreVariableSerializers());
        }
        serializers.add(0, new LongStringSerializer());
        configuration.setCustomPreVariableSerializers(serializers);
    }

    static final class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

        static final String NAME = "grantflowLongString";

        LongStringSerializer() {
            super(ValueType.STRING);
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        protected boolean canWriteValue(TypedValue value) {
            return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_CHARS;
        }

        @Override
        public StringValue convertToTypedValue(UntypedValueImpl untyped) {
            return Variables.stringValue((String) untyped.getValue(), untyped.isTransient());
        }

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            fields.setTextValue(null);
            fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public StringValue readValue(ValueFields fields, boolean asTransientValue) {
            byte[] bytes = fields.getByteArrayValue();
            return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
        }
    }
}
